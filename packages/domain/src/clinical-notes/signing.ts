import type { TherapistCredential } from "../identity";
import type { NoteContent, NoteKind } from "./note-content";

/** The words a therapist attests to when signing a note. */
export const SIGNING_ATTESTATION = "I attest that this note is accurate and complete.";

/** What signing a visit note needs to know beyond the note itself. */
export type SigningFacts = {
  /** The child's active goals: each needs a status for the visit. */
  activeGoalIds: readonly string[];
  /** Caregiver-only time is billed only with the caregiver-training consent on file. */
  hasCaregiverTrainingConsent: boolean;
  /** From `noteNeedsProgressReport`: this visit is the 10th (or later) since the last report. */
  needsProgressReport: boolean;
  /** This visit's number since the last progress report, counting it. */
  visitNumberSinceLastReport: number;
};

/** One thing a note still needs before it can be signed, by the path of the field that holds it. */
export type MissingPart = { path: string; message: string };

const isBlank = (value: unknown) => typeof value !== "string" || value.trim() === "";

type Fields = Record<string, unknown>;

function blankText(content: Fields, fields: readonly [string, string][]): MissingPart[] {
  return fields
    .filter(([field]) => isBlank(content[field]))
    .map(([field, message]) => ({ path: `content.${field}`, message }));
}

function missingFromVisit(content: Fields, facts: SigningFacts): MissingPart[] {
  const missing = blankText(content, [
    ["subjective", "Write the subjective"],
    ["objective", "Write the objective"],
    ["assessment", "Write the assessment"],
    ["plan", "Write the plan"],
  ]);
  // A group session's note carries a shared part (null for a child's own session): it is part of the note.
  if (
    content.groupShared !== null &&
    content.groupShared !== undefined &&
    isBlank(content.groupShared)
  )
    missing.push({
      path: "content.groupShared",
      message: "Write the part shared with the group",
    });
  const minutes = (content.minutes ?? {}) as Fields;
  const unmarked = Number(minutes.unmarkedChildPresent ?? 0);
  if (unmarked > 0)
    missing.push({
      path: "content.minutes.unmarkedChildPresent",
      message: `Assign the ${unmarked} unmarked minute${unmarked === 1 ? "" : "s"} with the child to a service`,
    });
  const attended = (content.attended ?? {}) as { child?: unknown; guardianIds?: unknown };
  const guardians = Array.isArray(attended.guardianIds) ? attended.guardianIds.length : 0;
  if (attended.child !== true && guardians === 0)
    missing.push({ path: "content.attended", message: "Say who attended" });
  const statuses = Array.isArray(content.goalStatuses)
    ? (content.goalStatuses as { goalId?: unknown }[])
    : [];
  const withStatus = new Set(statuses.map((s) => s.goalId));
  const without = facts.activeGoalIds.filter((id) => !withStatus.has(id)).length;
  if (without > 0)
    missing.push({
      path: "content.goalStatuses",
      message: `Give a status for ${without === 1 ? "1 active goal" : `${without} active goals`}`,
    });
  if (Number(minutes.caregiverOnly ?? 0) > 0 && !facts.hasCaregiverTrainingConsent)
    missing.push({
      path: "consents.caregiverTraining",
      message: "Record the caregiver-training consent before billing caregiver-only time",
    });
  if (facts.needsProgressReport)
    missing.push({
      path: "progressReport",
      message: `Write the progress report first: this is visit ${facts.visitNumberSinceLastReport} since the last one`,
    });
  return missing;
}

function missingFromEvaluation(content: Fields): MissingPart[] {
  const missing = blankText(content, [
    ["reasonForReferral", "Write the reason for referral"],
    ["familyPriorities", "Write the family's priorities"],
  ]);
  const deficits = Array.isArray(content.deficits) ? content.deficits : [];
  if (!deficits.some((d) => !isBlank(d)))
    missing.push({ path: "content.deficits", message: "List at least one performance deficit" });
  if (content.complexity === null || content.complexity === undefined)
    missing.push({ path: "content.complexity", message: "Choose the evaluation's complexity" });
  return missing;
}

/**
 * What a note still needs before its author may sign it, each part by its path; empty when it can be
 * signed. Text counts as written once it holds more than spaces.
 */
export function missingBeforeSigning(
  kind: NoteKind,
  content: NoteContent,
  facts: SigningFacts,
): MissingPart[] {
  const fields = content as unknown as Fields;
  switch (kind) {
    case "visit":
      return missingFromVisit(fields, facts);
    case "evaluation":
    case "reevaluation":
      return missingFromEvaluation(fields);
    case "progress_report":
      return blankText(fields, [
        ["summary", "Write the summary"],
        ["familySummary", "Write the summary for the family"],
      ]);
    case "discharge_summary":
      return blankText(fields, [
        ["summary", "Write the summary"],
        ["familySummary", "Write the summary for the family"],
        ["dischargeReason", "Write the reason for discharge"],
      ]);
  }
}

/** An OT assistant's notes are co-signed by the supervising OT (DOMAIN.md, "Clinical records"). */
export const isCosignRequired = (authorCredential: TherapistCredential | null): boolean =>
  authorCredential === "ota";
