import { describe, expect, it } from "vitest";

import { FamilyCard, type FamilyPlan } from "@carryover/api/contracts/coverage";

import { draftOfFamilyPlan, familyCardFieldOf, familyCardInputOf } from "./family-card-draft";

const CHILD = "0b6f3c1e-8e0c-4a8e-9d0e-2c4f1a7b9d21";
const onJordansPlan: FamilyPlan = {
  id: "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  payerId: "6f1d7a52-5d0f-4b8e-9a4e-0c2b7d1e9f10",
  payerName: "Blue Prairie PPO",
  rank: "primary",
  memberIdEnding: "•••• 0729",
  groupNumber: "GRP-101",
  whose: "mine",
  subscriberName: "Jordan Johnson",
  subscriberDateOfBirth: "1986-10-11",
  subscriberSex: "M",
  patientSex: "F",
  addressLine1: "251 Birch Street",
  city: "Springfield",
  state: "IL",
  zip: "62701",
  effectiveFrom: "2026-01-01",
  effectiveTo: null,
};
const problems = (input: unknown) =>
  FamilyCard.safeParse(input).error?.issues.map((issue) => [
    familyCardFieldOf(issue.path.join(".")),
    issue.message,
  ]);

describe("a family's card draft", () => {
  it("asks for the member id again when updating a card, and keeps the rest", () => {
    const draft = draftOfFamilyPlan(onJordansPlan, null);
    const key = { childId: CHILD, coverageId: onJordansPlan.id };
    expect(problems(familyCardInputOf(draft, key))).toEqual([
      [
        "memberId",
        "Enter the member ID as it appears on the card: letters and digits only, no spaces or symbols",
      ],
    ]);
    expect(
      FamilyCard.parse(familyCardInputOf({ ...draft, memberId: "xjh552100729" }, key)),
    ).toMatchObject({
      whose: "mine",
      subscriberDateOfBirth: "1986-10-11",
      subscriberSex: "M",
      patientSex: "F",
      memberId: "XJH552100729",
    });
  });

  it("starts a new card at the address on file, asking whose plan it is", () => {
    const draft = draftOfFamilyPlan(null, onJordansPlan);
    expect(draft).toMatchObject({
      whose: "",
      addressLine1: "251 Birch Street",
      payerId: "",
      patientSex: "U",
      subscriberSex: "U",
    });
    const input = familyCardInputOf(
      { ...draft, payerId: onJordansPlan.payerId, memberId: "IL0048277001" },
      { childId: CHILD, coverageId: null },
    );
    expect(problems(input)).toEqual([["whose", "Choose whose plan it is"]]);
  });

  it("asks a parent for their date of birth on their own plan", () => {
    const draft = { ...draftOfFamilyPlan(onJordansPlan, null), subscriberDateOfBirth: "" };
    const input = familyCardInputOf(
      { ...draft, memberId: "XJH552100729" },
      { childId: CHILD, coverageId: null },
    );
    expect(problems(input)).toEqual([["subscriberDateOfBirth", "Enter your date of birth"]]);
  });

  it("sends the parent's sex only on their own plan", () => {
    const draft = { ...draftOfFamilyPlan(onJordansPlan, null), memberId: "XJH552100729" };
    const key = { childId: CHILD, coverageId: null };
    expect(FamilyCard.parse(familyCardInputOf(draft, key))).toMatchObject({
      subscriberSex: "M",
      patientSex: "F",
    });
    expect(FamilyCard.parse(familyCardInputOf({ ...draft, whose: "child" }, key))).toMatchObject({
      subscriberSex: "U",
      patientSex: "F",
    });
    expect(familyCardFieldOf("subscriberSex")).toBe("subscriberSex");
  });
});
