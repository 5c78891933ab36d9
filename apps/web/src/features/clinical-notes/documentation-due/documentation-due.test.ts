import { describe, expect, it } from "vitest";

import type {
  DocumentationDue,
  DocumentationDueItem,
} from "@carryover/api/contracts/documentation";

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
  // The answer as the server gives it: counts of every kind and urgency, the most urgent listed.
  const answer = (
    items: DocumentationDueItem[],
    extra: Partial<Record<`${DocumentationDueItem["kind"]} ${string}`, number>> = {},
  ): DocumentationDue => {
    const counts = new Map<string, number>();
    for (const i of items)
      counts.set(`${i.kind} ${i.urgency}`, (counts.get(`${i.kind} ${i.urgency}`) ?? 0) + 1);
    for (const [key, n] of Object.entries(extra))
      counts.set(key, (counts.get(key) ?? 0) + (n ?? 0));
    const list = [...counts].map(([key, count]) => {
      const [kind, urgency] = key.split(" ") as [
        DocumentationDueItem["kind"],
        DocumentationDueItem["urgency"],
      ];
      return { kind, urgency, count };
    });
    return { items, counts: list, total: list.reduce((sum, c) => sum + c.count, 0) };
  };

  it("counts each kind in words, unsigned notes first", () => {
    const groups = groupDueItems(
      answer([
        report,
        certification,
        note("overdue", "a"),
        note("overdue", "b"),
        note("overdue", "c"),
      ]),
    );
    expect(groups.map((g) => g.title)).toEqual([
      "3 unsigned notes past 24 hours",
      "1 plan of care waiting for the physician",
      "1 progress report due or coming up",
    ]);
    expect(groups.map((g) => g.unlisted)).toEqual([0, 0, 0]);
  });

  it("names the overdue part of a kind", () => {
    const [group] = groupDueItems(answer([note("due", "a"), note("overdue", "b")]));
    expect(group?.title).toBe("2 unsigned notes, 1 past 24 hours");
  });

  it("counts the items the answer did not list, even a kind with none listed", () => {
    const groups = groupDueItems(
      answer([note("overdue", "a")], { "unsigned_note overdue": 4, "progress_report due": 2 }),
    );
    expect(groups.map((g) => [g.title, g.items.length, g.unlisted])).toEqual([
      ["5 unsigned notes past 24 hours", 1, 4],
      ["2 progress reports due or coming up", 0, 2],
    ]);
  });

  it("is empty when nothing is due", () => {
    expect(groupDueItems(answer([]))).toEqual([]);
  });
});
