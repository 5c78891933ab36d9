import { describe, expect, it } from "vitest";

import { dueWords } from "./due-words";

const child = { childId: "8f1d7a52-3c1e-4e0b-9a57-1f2e3d4c5b6a", childName: "Maya Johnson" };
const where = { today: "2026-01-07", timeZone: "America/Chicago", plansHref: "/plans" };

describe("dueWords", () => {
  it("counts the visits since the last progress report", () => {
    const words = dueWords(
      { ...child, kind: "progress_report", urgency: "due", dueBy: null, visitsSinceLastReport: 10 },
      where,
    );
    expect(words.text).toBe("Progress report due: 10 visits since the last one");
    expect(words.action).toBeNull();
  });

  it("says how late a certification is and links the plans", () => {
    const words = dueWords(
      { ...child, kind: "certification", urgency: "overdue", dueBy: "2026-01-04" },
      where,
    );
    expect(words.text).toBe(
      "Plan of care needs the physician's signature by Jan 4 (overdue 3 days)",
    );
    expect(words.tone).toBe("danger");
    expect(words.action?.href).toBe("/plans");
  });

  it("says how long a visit note has waited, in the clinic's zone", () => {
    const words = dueWords(
      {
        ...child,
        kind: "unsigned_note",
        urgency: "overdue",
        dueBy: null,
        noteId: "0c8a3b4e-8f5d-4c1a-9b2e-7d6f5e4a3b2c",
        // Tue Jan 5, 17:00 in Chicago (23:00 UTC).
        visitEndedAt: new Date("2026-01-05T23:00:00Z"),
        lateAt: new Date("2026-01-06T23:00:00Z"),
      },
      where,
    );
    expect(words.text).toBe("Visit note from Mon, Jan 5 unsigned for 2 days");
    expect(words.action).toEqual({
      label: "Open the note",
      href: "/notes/0c8a3b4e-8f5d-4c1a-9b2e-7d6f5e4a3b2c",
    });
  });

  it("says when a recertification falls in the future", () => {
    const words = dueWords(
      { ...child, kind: "recertification", urgency: "due", dueBy: "2026-01-17" },
      where,
    );
    expect(words.text).toBe("Plan of care ends Jan 17 (in 10 days): recertify it or discharge");
  });
});
