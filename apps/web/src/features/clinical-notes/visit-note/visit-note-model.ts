import {
  missingBeforeSigning,
  TREATMENT_SERVICES,
  VisitNoteContent,
  type GoalVisitStatus,
  type MissingPart,
  type TreatmentService,
} from "@carryover/domain/clinical-notes";

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

/**
 * What signing still needs: the note's own parts recomputed from the draft as typed, and the parts
 * only the server knows (consents, the progress report) as it last said.
 */
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
  const chart = serverMissing.filter(
    (m) => !m.path.startsWith("content.") && !own.some((o) => o.path === m.path),
  );
  return [...own, ...chart];
}

const SECTIONS: [string, (c: VisitContent) => unknown][] = [
  ["Visit facts", (c) => [c.modality, c.placeOfService, c.attended]],
  ["Minutes", (c) => c.minutes],
  ["Subjective", (c) => c.subjective],
  ["Objective", (c) => c.objective],
  ["Assessment", (c) => c.assessment],
  ["Plan", (c) => c.plan],
  ["Goals this visit", (c) => c.goalStatuses],
  ["Coaching given", (c) => c.coaching],
];

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** The sections in which two versions of the note differ, by their headings. */
export function differingSections(mine: VisitContent, theirs: VisitContent): string[] {
  return SECTIONS.filter(([, pick]) => canonical(pick(mine)) !== canonical(pick(theirs))).map(
    ([name]) => name,
  );
}

/** The other editor's saved version that a NOTE_CHANGED conflict carries, if it is readable. */
export function conflictingVisitNote(
  current: unknown,
): { version: number; content: VisitContent } | null {
  if (!current || typeof current !== "object") return null;
  const { version, content } = current as { version?: unknown; content?: unknown };
  const parsed = VisitNoteContent.safeParse(content);
  if (typeof version !== "number" || !parsed.success) return null;
  return { version, content: parsed.data };
}
