import {
  missingBeforeSigning,
  TREATMENT_SERVICES,
  VisitNoteContent,
  type GoalVisitStatus,
  type MissingPart,
  type TreatmentService,
} from "@carryover/domain/clinical-notes";

import { withChartParts, type NoteSection } from "../note-editor/note-model";

export type VisitContent = VisitNoteContent;

/** Where each part of the note lives on the page, so the checklist can take the therapist there. */
const FIELD_IDS: Record<string, string> = {
  "content.subjective": "note-subjective",
  "content.objective": "note-objective",
  "content.assessment": "note-assessment",
  "content.plan": "note-plan",
  "content.minutes.unmarkedChildPresent": "note-unmarked",
  "content.attended": "note-attended",
  "content.goalStatuses": "note-goals",
  "content.groupShared": "note-group-shared",
};

/** The id of the field a missing part names, or null when it is fixed elsewhere in the chart. */
export const fieldIdOf = (path: string): string | null => FIELD_IDS[path] ?? null;

export function setServiceMinutes(
  content: VisitContent,
  service: TreatmentService,
  minutes: number,
): VisitContent {
  const byService = { ...content.minutes.byService };
  if (minutes > 0) byService[service] = minutes;
  else delete byService[service];
  return { ...content, minutes: { ...content.minutes, byService } };
}

/** The child-present minutes before the first mark, given to one service. */
export function assignUnmarked(content: VisitContent, service: TreatmentService): VisitContent {
  const unmarked = content.minutes.unmarkedChildPresent;
  const given = (content.minutes.byService[service] ?? 0) + unmarked;
  const next = setServiceMinutes(content, service, given);
  return { ...next, minutes: { ...next.minutes, unmarkedChildPresent: 0 } };
}

/** Services with minutes first (in the usual order), then the rest. */
export function serviceRows(content: VisitContent) {
  return TREATMENT_SERVICES.map((service) => ({
    service,
    minutes: content.minutes.byService[service] ?? 0,
  }));
}

export function setGoalStatus(
  content: VisitContent,
  goalId: string,
  change: { status?: GoalVisitStatus; comment?: string },
): VisitContent {
  const existing = content.goalStatuses.find((g) => g.goalId === goalId);
  if (!existing && !change.status) return content;
  const updated = {
    goalId,
    status: change.status ?? existing?.status ?? "not_addressed",
    comment: change.comment ?? existing?.comment ?? "",
  };
  const goalStatuses = existing
    ? content.goalStatuses.map((g) => (g.goalId === goalId ? updated : g))
    : [...content.goalStatuses, updated];
  return { ...content, goalStatuses };
}

/** What signing a visit note still needs, from the draft as typed and the server's chart parts. */
export function signingChecklist(
  content: VisitContent,
  activeGoalIds: readonly string[],
  serverMissing: readonly MissingPart[],
): MissingPart[] {
  const own = missingBeforeSigning("visit", content, {
    activeGoalIds,
    hasCaregiverTrainingConsent: true,
    needsProgressReport: false,
    visitNumberSinceLastReport: 0,
  });
  return withChartParts(own, serverMissing);
}

export const VISIT_SECTIONS: NoteSection<VisitContent>[] = [
  ["Visit facts", (c) => [c.modality, c.placeOfService, c.attended]],
  ["Minutes", (c) => c.minutes],
  ["Subjective", (c) => c.subjective],
  ["Objective", (c) => c.objective],
  ["Assessment", (c) => c.assessment],
  ["Plan", (c) => c.plan],
  ["Goals this visit", (c) => c.goalStatuses],
  ["Coaching given", (c) => c.coaching],
];

/** A visit note's content as the server saved it, if it is one. */
export const parseVisitContent = (content: unknown): VisitContent | null => {
  const parsed = VisitNoteContent.safeParse(content);
  return parsed.success ? parsed.data : null;
};
