import { describe, expect, it } from "vitest";

import type { DocumentationDueItem } from "@carryover/api/contracts/documentation";

import { byUrgency, describeDueItem, dueItemHref, groupDueItems } from "./documentation-due";

const CHILD = { childId: "11111111-1111-4111-8111-111111111111", childName: "Maya Johnson" };
const note = (urgency: "due" | "overdue", noteId: string): DocumentationDueItem => ({
  ...CHILD,
  kind: "unsigned_note",
  urgency,
  dueBy: null,
  noteId,
  visitEndedAt: new Date("2026-12-01T15:00:00Z"),
  lateAt: new Date("2026-12-02T15:00:00Z"),
});
const certification: DocumentationDueItem = {
  ...CHILD,
  kind: "certification",
  urgency: "due",
  dueBy: "2026-12-20",
};
const report: DocumentationDueItem = {
  ...CHILD,
  kind: "progress_report",
  urgency: "soon",
  dueBy: null,
  visitsSinceLastReport: 8,
};

describe("byUrgency", () => {
  it("puts overdue before due before soon, keeping the server's order within each", () => {
    const a = note("due", "a");
    const b = note("overdue", "b");
    const c = note("overdue", "c");
    expect(byUrgency([report, a, b, certification, c])).toEqual([b, c, a, certification, report]);
  });
});

describe("dueItemHref", () => {
  it("opens an unsigned note itself and anything else on the child's chart", () => {
    expect(dueItemHref(note("due", "n1"))).toBe("/notes/n1");
    expect(dueItemHref(certification)).toBe(`/children/${CHILD.childId}/chart`);
  });
});

describe("describeDueItem", () => {
  it("says what is due in words", () => {
    expect(describeDueItem(note("overdue", "n"))).toBe(
      "Visit note unsigned for more than 24 hours",
    );
    expect(describeDueItem(certification)).toBe(
      "Plan of care waiting for the physician's signature by Dec 20, 2026",
    );
    expect(describeDueItem(report)).toBe("Progress report due soon: 8 visits since the last one");
  });
});

describe("groupDueItems", () => {
  it("counts each kind in words, unsigned notes first", () => {
    const groups = groupDueItems([
      report,
      certification,
      note("overdue", "a"),
      note("overdue", "b"),
      note("overdue", "c"),
    ]);
    expect(groups.map((g) => g.title)).toEqual([
      "3 unsigned notes past 24 hours",
      "1 plan of care waiting for the physician",
      "1 progress report due or coming up",
    ]);
  });

  it("names the overdue part of a kind", () => {
    const [group] = groupDueItems([note("due", "a"), note("overdue", "b")]);
    expect(group?.title).toBe("2 unsigned notes, 1 past 24 hours");
  });

  it("is empty when nothing is due", () => {
    expect(groupDueItems([])).toEqual([]);
  });
});
