import type { Queryable } from "@carryover/db";
import {
  countVisitsSinceLastReport,
  hasCaregiverTrainingConsent,
  listActiveGoalIds,
} from "@carryover/db/queries";
import { noteNeedsProgressReport, type SigningFacts } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { audit, auditEventOf } from "../policy/audit";
import type { NoteState } from "./note.contracts";

type NoteRow = {
  id: string;
  childId: string;
  kind: string;
  serviceOn: string;
  createdAt: Date;
  signedAt: Date | null;
  cosignerId: string | null;
  cosignedAt: Date | null;
};

/** Draft until signed; an OT assistant's signed note waits for its co-signature. */
export function noteStateOf(
  note: Pick<NoteRow, "signedAt" | "cosignerId" | "cosignedAt">,
): NoteState {
  if (note.signedAt === null) return "draft";
  return note.cosignerId !== null && note.cosignedAt === null ? "awaiting_cosign" : "signed";
}

const NO_VISIT_FACTS: SigningFacts = {
  activeGoalIds: [],
  hasCaregiverTrainingConsent: false,
  needsProgressReport: false,
  visitNumberSinceLastReport: 0,
};

/** What signing a note needs to know from the rest of the chart. */
export async function signingFactsFor(q: Queryable, note: NoteRow): Promise<SigningFacts> {
  if (note.kind !== "visit") return NO_VISIT_FACTS;
  const visitNumber = await countVisitsSinceLastReport(q, note);
  return {
    activeGoalIds: await listActiveGoalIds(q, note.childId),
    hasCaregiverTrainingConsent: await hasCaregiverTrainingConsent(q, note.childId, note.serviceOn),
    needsProgressReport: noteNeedsProgressReport(visitNumber),
    visitNumberSinceLastReport: visitNumber,
  };
}

/** Every read and write of a note is audited on the child's record. */
const noteEntry = (ctx: ActorContext, action: string, childId: string) => ({
  actorId: ctx.actor.userId,
  clinicId: ctx.actor.clinicId,
  action,
  entityType: "child",
  entityId: childId,
});

export const auditNote = (q: Queryable, ctx: ActorContext, action: string, childId: string) =>
  audit(q, ctx.meta, noteEntry(ctx, action, childId));

/** The same audit row, for a statement that writes it itself. */
export const noteAuditEvent = (ctx: ActorContext, action: string, childId: string) =>
  auditEventOf(ctx.meta, noteEntry(ctx, action, childId));
