import { describe, expect, it } from "vitest";

import { conflictingNote, differingSections } from "../note-editor/note-model";
import {
  assignUnmarked,
  fieldIdOf,
  parseVisitContent,
  setGoalStatus,
  setServiceMinutes,
  signingChecklist,
  VISIT_SECTIONS,
  type VisitContent,
} from "./visit-note-model";

const GOAL = "8f0b7c1e-2d3a-4c5b-9e6f-7a8b9c0d1e2f";

const draft: VisitContent = {
  source: "video_session",
  modality: "telehealth",
  placeOfService: "10",
  minutes: { byService: { sensory_integration: 10 }, unmarkedChildPresent: 5, caregiverOnly: 0 },
  subjective: "Mom says mornings are easier.",
  objective: "",
  assessment: "",
  plan: "Continue.",
  attended: { child: true, guardianIds: [] },
  goalStatuses: [],
  coaching: [],
  trials: [],
  commenting: null,
  programChanges: [],
  groupShared: null,
};

describe("the minutes table", () => {
  it("gives the unmarked minutes to the chosen service, adding to what it has", () => {
    const next = assignUnmarked(draft, "sensory_integration");
    expect(next.minutes).toEqual({
      byService: { sensory_integration: 15 },
      unmarkedChildPresent: 0,
      caregiverOnly: 0,
    });
  });

  it("drops a service set to no minutes, so the note sends only services given", () => {
    expect(setServiceMinutes(draft, "sensory_integration", 0).minutes.byService).toEqual({});
    expect(setServiceMinutes(draft, "self_care", 4).minutes.byService).toEqual({
      sensory_integration: 10,
      self_care: 4,
    });
  });
});

describe("goal statuses", () => {
  it("adds a status, then changes its comment without losing it", () => {
    const withStatus = setGoalStatus(draft, GOAL, { status: "progressing" });
    const commented = setGoalStatus(withStatus, GOAL, { comment: "3 of 5 buttons" });
    expect(commented.goalStatuses).toEqual([
      { goalId: GOAL, status: "progressing", comment: "3 of 5 buttons" },
    ]);
  });

  it("does not invent a status from a comment alone", () => {
    expect(setGoalStatus(draft, GOAL, { comment: "later" }).goalStatuses).toEqual([]);
  });
});

describe("the signing checklist", () => {
  it("recomputes the note's own parts from the draft and keeps what only the chart knows", () => {
    const list = signingChecklist(
      draft,
      [GOAL],
      [
        { path: "content.subjective", message: "Write the subjective" },
        { path: "consents.caregiverTraining", message: "Record the consent" },
      ],
    );
    expect(list.map((m) => m.path)).toEqual([
      "content.objective",
      "content.assessment",
      "content.minutes.unmarkedChildPresent",
      "content.goalStatuses",
      "consents.caregiverTraining",
    ]);
  });

  it("links each part of the note to its field, and chart parts to none", () => {
    expect(fieldIdOf("content.assessment")).toBe("note-assessment");
    expect(fieldIdOf("progressReport")).toBeNull();
  });
});

describe("a conflict", () => {
  it("names the sections that differ, whatever the key order", () => {
    const theirs = {
      ...draft,
      plan: "Add a second ladder.",
      minutes: {
        caregiverOnly: 0,
        unmarkedChildPresent: 5,
        byService: { sensory_integration: 10 },
      },
    };
    expect(differingSections(VISIT_SECTIONS, draft, theirs)).toEqual(["Plan"]);
  });

  it("reads the saved version a conflict carries, and nothing else", () => {
    expect(conflictingNote({ version: 4, content: draft }, parseVisitContent)).toEqual({
      version: 4,
      content: draft,
    });
    expect(conflictingNote({ version: 4, content: { plan: 1 } }, parseVisitContent)).toBeNull();
    expect(conflictingNote(null, parseVisitContent)).toBeNull();
  });
});
