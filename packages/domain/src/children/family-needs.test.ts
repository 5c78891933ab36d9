import { describe, expect, it } from "vitest";

import { familyNeedsOf, type FamilyNeedsInput } from "./family-needs";

const NOW = new Date("2026-12-07T15:00:00Z");
const base: FamilyNeedsInput = {
  forms: [],
  conversations: [],
  children: [{ id: "maya", firstName: "Maya" }],
  sessions: [],
  balances: [],
  now: NOW,
};
const session = (id: string, start: string, status = "scheduled") => ({
  id,
  start: new Date(start),
  status,
  sessionTypeName: "Parent coaching",
  therapistName: "Alex Rivera",
  children: [{ firstName: "Maya" }],
});

describe("familyNeedsOf", () => {
  it("puts forms first, then unread messages, practice, the next session and the balance", () => {
    const needs = familyNeedsOf({
      ...base,
      forms: [{ id: "f", childName: "Maya Johnson", title: "Telehealth consent", sentAt: NOW }],
      conversations: [{ childId: "maya", childName: "Maya Johnson", unread: 2 }],
      sessions: [session("s", "2026-12-09T22:00:00Z")],
      balances: [{ childId: "maya", childName: "Maya Johnson", cents: 4000 }],
    });
    expect(needs.map((need) => need.kind)).toEqual([
      "form",
      "message",
      "practice",
      "session",
      "balance",
    ]);
  });

  it("shows the longest waiting form first and the busiest conversation first", () => {
    const needs = familyNeedsOf({
      ...base,
      forms: [
        { id: "new", childName: "Maya", title: "Photo consent", sentAt: NOW },
        { id: "old", childName: "Maya", title: "Intake", sentAt: new Date(+NOW - 86_400_000) },
      ],
      conversations: [
        { childId: "eli", childName: "Eli", unread: 1 },
        { childId: "maya", childName: "Maya", unread: 3 },
        { childId: "sam", childName: "Sam", unread: 0 },
      ],
    });
    expect(
      needs.filter((n) => n.kind === "form").map((n) => n.kind === "form" && n.formId),
    ).toEqual(["old", "new"]);
    expect(
      needs.filter((n) => n.kind === "message").map((n) => n.kind === "message" && n.childId),
    ).toEqual(["maya", "eli"]);
  });

  it("names only the soonest session still to come, and no balance when nothing is owed", () => {
    const needs = familyNeedsOf({
      ...base,
      sessions: [
        session("past", "2026-12-06T22:00:00Z"),
        session("cancelled", "2026-12-08T15:00:00Z", "cancelled"),
        session("later", "2026-12-10T15:00:00Z"),
        session("soon", "2026-12-08T16:00:00Z"),
      ],
      balances: [{ childId: "maya", childName: "Maya", cents: 0 }],
    });
    expect(needs.filter((n) => n.kind === "session")).toMatchObject([{ appointmentId: "soon" }]);
    expect(needs.some((n) => n.kind === "balance")).toBe(false);
  });
});
