import { describe, expect, it } from "vitest";

import { drawnText, pageCount } from "./pdf-text";
import {
  author,
  base,
  clock,
  GOAL_A,
  GOAL_B,
  goals,
  GUARDIAN,
  letterhead,
} from "./record-pdf-fixtures";
import { renderVisitNotePdf, type PrintableVisitNote } from "./render-visit-note-pdf";

const visit: PrintableVisitNote = {
  ...base,
  kind: "visit",
  content: {
    source: "video_session",
    modality: "telehealth",
    placeOfService: "10",
    minutes: {
      byService: { therapeutic_activities: 23, self_care: 9 },
      unmarkedChildPresent: 0,
      caregiverOnly: 11,
    },
    subjective: "Mother reports mornings are calmer.",
    objective: "Buttoned 4 of 5 large buttons.",
    assessment: "Progressing toward the buttoning goal.",
    plan: "Move to medium buttons next week.",
    attended: { child: true, guardianIds: [GUARDIAN] },
    goalStatuses: [
      { goalId: GOAL_A, status: "progressing", comment: "4/5 today" },
      { goalId: GOAL_B, status: "not_addressed", comment: "" },
    ],
    coaching: [{ technique: "ladder", demonstration: "with_cues" }],
    trials: [
      {
        activityId: "3f4e5d6c-7b8a-4c55-9a53-1e5f1a7f0e01",
        title: "Buttoning, big to small",
        successes: 4,
        attempts: 5,
      },
    ],
    commenting: { descriptive: 12, directive: 4 },
    programChanges: ["Buttoning: moved up to level 3"],
    groupShared: null,
  },
};

const render = (note: PrintableVisitNote) =>
  renderVisitNotePdf({
    note,
    letterhead,
    goals,
    guardians: new Map([[GUARDIAN, "Dana Thompson"]]),
    clock,
    compress: false,
  });

describe("renderVisitNotePdf", () => {
  it("prints the letterhead, the minutes by CPT code, SOAP, goals and the signature", async () => {
    const pdf = await render(visit);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = drawnText(pdf);
    for (const expected of [
      "Maple Grove Pediatric Therapy",
      "120 Elm Street, Springfield, IL 62701",
      "(217) 555-0142",
      "Maya Thompson",
      "April 12, 2019",
      "F82 Developmental coordination disorder",
      "Dr. Alice Rivera, NPI 1234567893",
      "10 · Telehealth, at home",
      "97530",
      "Therapeutic activities",
      "23 min",
      "97535",
      "Caregiver only (child not present)",
      "11 min",
      "Child, Dana Thompson",
      "Mother reports mornings are calmer.",
      "Maya will button a shirt independently in 4 of 5 trials by March 1.",
      "Progressing",
      "Step-by-step ladder: With cues",
      "12 descriptive, 4 directive (3.0 : 1)",
      "Buttoning: moved up to level 3",
      "Jordan Lee, OTR/L",
      "Jan 20, 2027, 3:05 PM CST",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("DRAFT");
  });

  it("marks an unsigned note as a draft, at the top and on every page", async () => {
    const pdf = await render({ ...visit, state: "draft", signature: null });
    const text = drawnText(pdf);
    const drafts = text.match(/DRAFT - not signed/g)?.length ?? 0;
    // The banner, the signature block, and the watermark on each page.
    expect(drafts).toBeGreaterThanOrEqual(2 + pageCount(pdf));
    expect(text).not.toContain("Signed by");
  });

  it("prints the addenda after the original, oldest first, with reason, time and author", async () => {
    const pdf = await render({
      ...visit,
      addenda: [
        {
          id: "1c2d3e4f-5a6b-4c55-9a53-1e5f1a7f0f02",
          authorName: "Jordan Lee",
          reason: "Second correction",
          body: "Caregiver minutes were 12.",
          minutes: {
            byService: { therapeutic_activities: 23, self_care: 9 },
            unmarkedChildPresent: 0,
            caregiverOnly: 12,
          },
          createdAt: new Date("2027-01-23T15:00:00Z"),
        },
        {
          id: "1c2d3e4f-5a6b-4c55-9a53-1e5f1a7f0f01",
          authorName: "Sam Ortiz",
          reason: "First correction",
          body: "The shoe goal was addressed briefly.",
          minutes: null,
          createdAt: new Date("2027-01-21T15:00:00Z"),
        },
      ],
    });
    const text = drawnText(pdf);
    const original = text.indexOf("Move to medium buttons next week.");
    const first = text.indexOf("First correction");
    const second = text.indexOf("Second correction");
    expect(original).toBeGreaterThan(-1);
    expect(first).toBeGreaterThan(original);
    expect(second).toBeGreaterThan(first);
    expect(text).toContain("Addendum 1 - Jan 21, 2027, 9:00 AM CST, by Sam Ortiz");
  });

  it("prints a pending co-signature", async () => {
    const text = drawnText(
      await render({
        ...visit,
        state: "awaiting_cosign",
        author: { ...author, name: "Pat Kim", credential: "ota" },
        cosignature: { cosignerName: "Jordan Lee", cosignedAt: null },
      }),
    );
    expect(text).toContain("Signed - awaiting co-signature");
    expect(text).toContain("Awaiting the supervising OT (Jordan Lee)");
  });

  it("draws the clinic's logo, and leaves out one it cannot read", async () => {
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    );
    const withLogo = (logo: Uint8Array) =>
      renderVisitNotePdf({
        note: visit,
        letterhead: { ...letterhead, clinic: { ...letterhead.clinic, logo } },
        goals,
        guardians: new Map(),
        clock,
        compress: false,
      });
    const drawn = await withLogo(new Uint8Array(png));
    expect(drawn.toString("latin1")).toMatch(/\/Subtype \/Image/);
    const broken = await withLogo(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    expect(broken.toString("latin1")).not.toMatch(/\/Subtype \/Image/);
    expect(drawnText(broken)).toContain("Maple Grove Pediatric Therapy");
  });

  it("does not crash on text beyond Latin-1", async () => {
    const pdf = await render({
      ...visit,
      content: { ...visit.content, subjective: "Mère: “très bien” 👍 — 你好 Łódź" },
    });
    expect(drawnText(pdf)).toContain("Mère: “très bien” ? — ?? Lódz");
  });
});
