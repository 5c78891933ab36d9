import { describe, expect, it } from "vitest";

import type { EvaluationContent, VisitNoteContent } from "../clinical-notes/note-content";
import { encounterOfNote } from "./note-encounter";

const visit = (overrides: Partial<VisitNoteContent> = {}) =>
  ({
    source: "video_session",
    modality: "telehealth",
    placeOfService: "10",
    minutes: {
      byService: { therapeutic_activities: 22, self_care: 7 },
      unmarkedChildPresent: 3,
      caregiverOnly: 20,
    },
    groupShared: null,
    ...overrides,
  }) as VisitNoteContent;

describe("encounterOfNote", () => {
  it("bills a visit's minutes, by telehealth at home for POS 10", () => {
    expect(
      encounterOfNote({ kind: "visit", content: visit(), appointmentModality: "telehealth" }),
    ).toEqual({
      minutes: {
        byService: { therapeutic_activities: 22, self_care: 7 },
        unmarkedChildPresent: 3,
        caregiverOnly: 20,
      },
      untimed: [],
      modality: "telehealth",
      telehealth: { patientAtHome: true, audioOnly: false },
    });
    expect(
      encounterOfNote({
        kind: "visit",
        content: visit({ placeOfService: "02" }),
        appointmentModality: null,
      })?.telehealth,
    ).toEqual({ patientAtHome: false, audioOnly: false });
  });

  it("bills a group's visit as one unit of 97150 and its caregiver-only time, no timed codes", () => {
    const group = encounterOfNote({
      kind: "visit",
      content: visit({ modality: "clinic", placeOfService: "11", groupShared: "Obstacle course" }),
      appointmentModality: "clinic",
    });
    expect(group).toEqual({
      minutes: { byService: {}, unmarkedChildPresent: 0, caregiverOnly: 20 },
      untimed: ["97150"],
      modality: "clinic",
    });
  });

  it("bills an evaluation by its confirmed complexity, and a re-evaluation as 97168", () => {
    const evaluation = (complexity: EvaluationContent["complexity"]) =>
      ({ complexity }) as EvaluationContent;
    expect(
      encounterOfNote({
        kind: "evaluation",
        content: evaluation("moderate"),
        appointmentModality: "in_home",
      }),
    ).toMatchObject({ untimed: ["97166"], modality: "in_home" });
    expect(
      encounterOfNote({
        kind: "reevaluation",
        content: evaluation(null),
        appointmentModality: null,
      }),
    ).toMatchObject({ untimed: ["97168"], modality: "clinic" });
    expect(
      encounterOfNote({ kind: "evaluation", content: evaluation(null), appointmentModality: null }),
    ).toBeNull();
  });

  it("bills nothing for a progress report or a discharge summary", () => {
    for (const kind of ["progress_report", "discharge_summary"] as const)
      expect(encounterOfNote({ kind, content: visit(), appointmentModality: null })).toBeNull();
  });
});
