import { describe, expect, it } from "vitest";

import type { ChartNote, PlanSummary } from "../types";
import { documentRows } from "./document-rows";

const note = (id: string, kind: ChartNote["kind"], serviceOn: string, state: ChartNote["state"]) =>
  ({
    id,
    kind,
    appointmentId: null,
    serviceOn,
    authorName: "Jordan Lee",
    state,
    signedAt: null,
    updatedAt: new Date("2027-01-20T12:00:00Z"),
  }) satisfies ChartNote;

const plan: PlanSummary = {
  id: "p1",
  childId: "c1",
  childName: "Maya Thompson",
  startOn: "2027-01-04",
  endOn: "2027-03-29",
  certifiedOn: null,
  previousId: null,
  status: "awaiting_signature",
  dueBy: "2027-02-03",
};

describe("documentRows", () => {
  const rows = documentRows(
    [
      note("n1", "evaluation", "2027-01-04", "signed"),
      note("n2", "visit", "2027-01-20", "draft"),
      note("n3", "visit", "2027-01-13", "awaiting_cosign"),
    ],
    [plan],
    "c1",
  );

  it("lists notes and plans the latest first, a plan before the notes of its day", () =>
    expect(rows.map((r) => r.key)).toEqual(["note-n2", "note-n3", "plan-p1", "note-n1"]));

  it("names each kind and state in words, with its author", () => {
    expect(rows[0]).toMatchObject({
      kind: "Visit note",
      state: { label: "Draft" },
      author: "Jordan Lee",
    });
    expect(rows[1]?.state.label).toBe("Awaiting co-signature");
    expect(rows[2]).toMatchObject({
      kind: "Plan of care",
      state: { label: "Awaiting signature" },
      author: null,
    });
    expect(rows[3]).toMatchObject({ kind: "Evaluation", state: { label: "Signed" } });
  });

  it("opens a note in the editor and a plan in the chart, each with its PDF", () => {
    expect(rows[0]).toMatchObject({ openHref: "/notes/n2", pdfHref: "/api/notes/n2/pdf" });
    expect(rows[2]).toMatchObject({
      openHref: "/children/c1/chart?tab=plans",
      pdfHref: "/api/plans-of-care/p1/pdf",
    });
  });

  it("is empty for a chart with nothing written", () =>
    expect(documentRows([], [], "c1")).toEqual([]));
});
