import { describe, expect, it } from "vitest";

import { formatSessionTime } from ".";
import { composeFamilyChangeEmail, describeFamilyChange } from "./staff-notices";

const CHICAGO = "America/Chicago";
const facts = {
  therapistName: "Alex Rivera",
  clinicName: "Maple Grove Pediatric Therapy",
  formatTime: (at: Date) => formatSessionTime(at, CHICAGO),
  appUrl: "https://app.example",
};
const booked = {
  kind: "booked" as const,
  start: new Date("2027-01-12T22:00:00Z"),
  from: null,
  childFirstNames: ["Maya"],
  sessionTypeName: "Parent coaching session",
};

describe("describeFamilyChange", () => {
  it("says who booked what and when, in the therapist's zone", () => {
    expect(describeFamilyChange(booked, facts.formatTime)).toBe(
      "Maya's family booked Parent coaching session for Tuesday, January 12 at 4:00 PM CST.",
    );
  });

  it("gives both times of a move", () => {
    expect(
      describeFamilyChange(
        { ...booked, kind: "moved", from: new Date("2027-01-11T22:00:00Z") },
        facts.formatTime,
      ),
    ).toBe(
      "Maya's family moved Parent coaching session from Monday, January 11 at 4:00 PM CST to Tuesday, January 12 at 4:00 PM CST.",
    );
  });
});

describe("composeFamilyChangeEmail", () => {
  it("keeps the child's name out of the subject and puts it in the body", () => {
    const email = composeFamilyChangeEmail({ ...booked, kind: "cancelled" }, facts);
    expect(email.subject).toBe(
      "A family cancelled the session on Tuesday, January 12 at 4:00 PM CST",
    );
    expect(email.subject).not.toContain("Maya");
    expect(email.text).toContain("Maya's family cancelled Parent coaching session");
    expect(email.text).toContain("https://app.example/therapist/notifications");
  });
});
