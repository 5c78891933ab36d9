import { describe, expect, it } from "vitest";

import { NewCoverage, type ChildPlan } from "@carryover/api/contracts/coverage";

import { coverageFieldOf, coverageInputOf, draftOfPlan } from "./coverage-draft";

const CHILD = "0b6f3c1e-8e0c-4a8e-9d0e-2c4f1a7b9d21";
const GUARDIAN = "5a2d9e7c-1b3f-4c6d-8e9f-0a1b2c3d4e5f";
const bluePrairie: ChildPlan = {
  id: "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  payerId: "6f1d7a52-5d0f-4b8e-9a4e-0c2b7d1e9f10",
  payerName: "Blue Prairie PPO",
  payerKind: "commercial",
  rank: "primary",
  memberId: "XJH552100729",
  groupNumber: "GRP-101",
  relationship: "child",
  subscriberGuardianId: GUARDIAN,
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
  enteredBy: null,
};

describe("a plan's draft", () => {
  it("reads back as the plan it was drawn from", () => {
    const input = NewCoverage.parse({
      ...coverageInputOf(draftOfPlan(bluePrairie, null)),
      childId: CHILD,
    });
    expect(input).toMatchObject({
      payerId: bluePrairie.payerId,
      memberId: "XJH552100729",
      groupNumber: "GRP-101",
      relationship: "child",
      subscriberGuardianId: GUARDIAN,
      subscriberDateOfBirth: "1986-10-11",
      subscriberSex: "M",
      patientSex: "F",
      effectiveTo: null,
    });
  });

  it("starts a new plan at the family's address, as the child's own, the sex not given", () => {
    const draft = draftOfPlan(null, bluePrairie);
    expect(draft).toMatchObject({
      whose: "child",
      addressLine1: "251 Birch Street",
      memberId: "",
      patientSex: "U",
      subscriberSex: "U",
    });
    expect(
      coverageInputOf({
        ...draft,
        subscriberDateOfBirth: "1980-01-01",
        subscriberSex: "M",
        patientSex: "F",
      }),
    ).toMatchObject({
      relationship: "self",
      subscriberGuardianId: null,
      subscriberDateOfBirth: null,
      subscriberSex: "U",
      patientSex: "F",
    });
  });

  it("places the guardian's refusals under whose plan it is", () => {
    expect(coverageFieldOf("subscriberGuardianId")).toBe("whose");
    expect(coverageFieldOf("memberId")).toBe("memberId");
    expect(coverageFieldOf("patientSex")).toBe("patientSex");
    expect(coverageFieldOf("subscriberSex")).toBe("subscriberSex");
    expect(coverageFieldOf("childId")).toBeNull();
  });
});
