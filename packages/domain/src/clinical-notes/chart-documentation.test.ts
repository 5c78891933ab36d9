import { describe, expect, it } from "vitest";

import { addDays } from "../scheduling/calendar-date";
import type { ChartDocumentation, DocumentationDueItem } from "./chart-documentation";
import {
  byUrgency,
  documentationDueItems,
  DUE_COUNT_SLOTS,
  dueCounts,
  nextDocumentationChange,
  urgencySortKey,
} from "./chart-documentation";

describe("documentationDueItems", () => {
  // Plan from 2026-03-02 to 2026-05-30, certified; the child is mid-way, nothing pending.
  const plan = {
    start: "2026-03-02",
    end: "2026-05-30",
    certifiedOn: "2026-03-12",
    recertified: false,
  };
  const calm: ChartDocumentation = {
    visitsSinceLastReport: 3,
    plan,
    dischargedOn: null,
    dischargeSummarySigned: false,
    unsignedNotes: [],
  };
  const today = "2026-04-20";
  const now = new Date("2026-04-20T17:00:00Z");
  const note = (visitEndedAt: string) => ({
    noteId: `note-${visitEndedAt}`,
    visitEndedAt: new Date(visitEndedAt),
    signedAt: null,
  });

  it("returns nothing for a child with nothing due", () => {
    expect(documentationDueItems(calm, today, now)).toEqual([]);
  });

  it("lists overdue, then due, then soon; undated first, then the earliest date", () => {
    const chart: ChartDocumentation = {
      ...calm,
      visitsSinceLastReport: 12,
      plan: { start: "2026-02-23", end: "2026-04-30", certifiedOn: null, recertified: false },
      unsignedNotes: [note("2026-04-20T15:00:00Z"), note("2026-04-17T16:00:00Z")],
    };
    expect(documentationDueItems(chart, today, now)).toEqual([
      { kind: "progress_report", urgency: "overdue", dueBy: null, visitsSinceLastReport: 12 },
      {
        kind: "unsigned_note",
        urgency: "overdue",
        dueBy: null,
        noteId: "note-2026-04-17T16:00:00Z",
        visitEndedAt: new Date("2026-04-17T16:00:00Z"),
        lateAt: new Date("2026-04-18T16:00:00Z"),
      },
      { kind: "certification", urgency: "overdue", dueBy: "2026-03-25" },
      {
        kind: "unsigned_note",
        urgency: "due",
        dueBy: null,
        noteId: "note-2026-04-20T15:00:00Z",
        visitEndedAt: new Date("2026-04-20T15:00:00Z"),
        lateAt: new Date("2026-04-21T15:00:00Z"),
      },
      { kind: "recertification", urgency: "due", dueBy: "2026-04-30" },
    ]);
  });

  it("orders items of one urgency by the earliest due date", () => {
    const chart: ChartDocumentation = {
      ...calm,
      plan: { ...plan, certifiedOn: null },
      dischargedOn: "2026-03-20",
    };
    const items = documentationDueItems(chart, "2026-03-25", now);
    expect(items.map((item) => [item.kind, item.dueBy])).toEqual([
      ["discharge_summary", "2026-03-20"],
      ["certification", "2026-04-01"],
    ]);
  });

  it("puts a progress report due soon last", () => {
    const chart = {
      ...calm,
      visitsSinceLastReport: 8,
      unsignedNotes: [note("2026-04-20T15:00:00Z")],
    };
    expect(documentationDueItems(chart, today, now).map((item) => item.urgency)).toEqual([
      "due",
      "soon",
    ]);
  });

  it("counts a note late by the clinic's own limit", () => {
    const chart = { ...calm, unsignedNotes: [note("2026-04-18T16:00:00Z")] };
    expect(documentationDueItems(chart, today, now)[0]?.urgency).toBe("overdue");
    const lenient = { ...chart, unsignedNoteLimitHours: 72 };
    expect(documentationDueItems(lenient, today, now)[0]?.urgency).toBe("due");
  });

  it("asks a discharged child for the discharge summary, not a progress report or recertification", () => {
    const chart = { ...calm, visitsSinceLastReport: 11, dischargedOn: "2026-05-20" };
    expect(documentationDueItems(chart, "2026-05-22", now)).toEqual([
      { kind: "discharge_summary", urgency: "due", dueBy: "2026-05-20" },
    ]);
  });

  it("still asks for recertification when discharge is planned after the plan ends", () => {
    const chart = { ...calm, dischargedOn: "2026-06-30" };
    expect(documentationDueItems(chart, "2026-05-22", now)).toEqual([
      { kind: "recertification", urgency: "due", dueBy: "2026-05-30" },
    ]);
  });

  it("skips plan deadlines for a child without a plan of care", () => {
    expect(documentationDueItems({ ...calm, plan: null }, "2026-07-01", now)).toEqual([]);
  });
});

describe("nextDocumentationChange", () => {
  const plan = { start: "2026-03-02", end: "2026-05-30", certifiedOn: null, recertified: false };
  const chart: ChartDocumentation = {
    visitsSinceLastReport: 9,
    plan,
    nextPlanStart: null,
    dischargedOn: null,
    dischargeSummarySigned: false,
    unsignedNotes: [],
  };
  const noon = (day: string) => new Date(`${day}T12:00:00Z`);

  it("names the day certification goes overdue, then the day recertification opens, then the end", () => {
    expect(nextDocumentationChange(chart, "2026-03-10", noon("2026-03-10")).day).toBe("2026-04-02");
    const certified = { ...chart, plan: { ...plan, certifiedOn: "2026-03-20" } };
    expect(nextDocumentationChange(certified, "2026-04-02", noon("2026-04-02")).day).toBe(
      "2026-05-16",
    );
    expect(nextDocumentationChange(certified, "2026-05-16", noon("2026-05-16")).day).toBe(
      "2026-05-31",
    );
    expect(nextDocumentationChange(certified, "2026-05-31", noon("2026-05-31")).day).toBeNull();
  });

  it("names a planned discharge and the start of the next plan", () => {
    const ending = { ...chart, plan: { ...plan, certifiedOn: "2026-03-20", recertified: true } };
    expect(
      nextDocumentationChange(
        { ...ending, dischargedOn: "2026-04-15" },
        "2026-04-01",
        noon("2026-04-01"),
      ).day,
    ).toBe("2026-04-15");
    expect(
      nextDocumentationChange(
        { ...ending, nextPlanStart: "2026-05-31" },
        "2026-04-01",
        noon("2026-04-01"),
      ).day,
    ).toBe("2026-05-31");
  });

  // Every chart below walked day by day: the items never change before the day named.
  const charts: ChartDocumentation[] = [
    chart,
    { ...chart, plan: { ...plan, certifiedOn: "2026-03-05" } },
    { ...chart, plan: { ...plan, certifiedOn: "2026-03-05", recertified: true } },
    { ...chart, dischargedOn: "2026-04-20" },
    { ...chart, dischargedOn: "2026-06-10", visitsSinceLastReport: 12 },
    { ...chart, nextPlanStart: "2026-05-31", plan: { ...plan, recertified: true } },
    { ...chart, plan: null, dischargedOn: "2026-03-15" },
  ];
  it("is never later than a day on which the items change", () => {
    for (const walked of charts) {
      const itemsOn = (day: string) => documentationDueItems(walked, day, noon(day));
      for (let today = "2026-02-20"; today < "2026-07-01"; today = addDays(today, 5)) {
        const { day } = nextDocumentationChange(walked, today, noon(today));
        const items = itemsOn(today);
        for (let d = addDays(today, 1); d < (day ?? "2026-09-01"); d = addDays(d, 1))
          expect(itemsOn(d), `${today} → ${d}`).toEqual(items);
        if (day !== null) expect(day > today).toBe(true);
      }
    }
  });

  it("names the millisecond after the earliest open note's limit, which the clinic may set", () => {
    const notes = {
      ...chart,
      unsignedNotes: [
        { noteId: "a", visitEndedAt: new Date("2026-04-01T15:00:00Z"), signedAt: null },
        { noteId: "b", visitEndedAt: new Date("2026-04-01T10:00:00Z"), signedAt: null },
      ],
    };
    const now = new Date("2026-04-01T16:00:00Z");
    const moment = new Date("2026-04-02T10:00:00.001Z");
    expect(nextDocumentationChange(notes, "2026-04-01", now).moment).toEqual(moment);
    const before = documentationDueItems(notes, "2026-04-01", new Date(moment.getTime() - 1));
    expect(documentationDueItems(notes, "2026-04-01", now)).toEqual(before);
    expect(documentationDueItems(notes, "2026-04-01", moment)).not.toEqual(before);
    // Once the first is late, the second is next; once both are, nothing changes with time.
    expect(nextDocumentationChange(notes, "2026-04-02", moment).moment).toEqual(
      new Date("2026-04-02T15:00:00.001Z"),
    );
    expect(
      nextDocumentationChange(notes, "2026-04-03", new Date("2026-04-03T00:00:00Z")).moment,
    ).toBeNull();
    expect(
      nextDocumentationChange({ ...notes, unsignedNoteLimitHours: 48 }, "2026-04-01", now).moment,
    ).toEqual(new Date("2026-04-03T10:00:00.001Z"));
  });
});

describe("urgencySortKey and dueCounts", () => {
  const at = (iso: string) => new Date(iso);
  const items: DocumentationDueItem[] = [
    { kind: "progress_report", urgency: "soon", dueBy: null, visitsSinceLastReport: 8 },
    { kind: "certification", urgency: "due", dueBy: "2026-05-02" },
    { kind: "recertification", urgency: "overdue", dueBy: "2026-04-01" },
    {
      kind: "unsigned_note",
      urgency: "overdue",
      dueBy: null,
      noteId: "b",
      visitEndedAt: at("2026-04-02T10:00:00Z"),
      lateAt: at("2026-04-03T10:00:00Z"),
    },
    {
      kind: "unsigned_note",
      urgency: "overdue",
      dueBy: null,
      noteId: "a",
      visitEndedAt: at("2026-04-01T10:00:00Z"),
      lateAt: at("2026-04-02T10:00:00Z"),
    },
    { kind: "discharge_summary", urgency: "due", dueBy: "2026-04-20" },
    { kind: "progress_report", urgency: "due", dueBy: null, visitsSinceLastReport: 10 },
  ];

  it("sorts as byUrgency does", () => {
    const byKey = [...items].sort((a, b) =>
      urgencySortKey(a) < urgencySortKey(b) ? -1 : urgencySortKey(a) > urgencySortKey(b) ? 1 : 0,
    );
    expect(byKey.map(urgencySortKey)).toEqual([...items].sort(byUrgency).map(urgencySortKey));
    expect(byKey.map((i) => i.kind)).toEqual([
      "unsigned_note",
      "unsigned_note",
      "recertification",
      "progress_report",
      "discharge_summary",
      "certification",
      "progress_report",
    ]);
  });

  it("counts each kind at each urgency in its slot", () => {
    expect(dueCounts(items)).toEqual([2, 0, 0, 1, 1, 0, 0, 1, 1, 1]);
    expect(dueCounts([])).toEqual(DUE_COUNT_SLOTS.map(() => 0));
  });
});
