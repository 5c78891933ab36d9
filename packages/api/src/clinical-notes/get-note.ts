import { findSentToFamilyAt, listNoteAddenda, listSeatedChildren } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { isCosignRequired, missingBeforeSigning } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { mayWriteGroupShared, requireClinicSession } from "../policy/group-session-access";
import { requireNote } from "../policy/note-access";
import { withLiveGroupShared } from "./group-shared";
import { auditNote, noteStateOf, signingFactsFor } from "./note-record";
import type { NoteRef, NoteView } from "./note.contracts";

/** A note as the editor and the chart show it, with what signing still needs, computed now. */
export async function getNote(ctx: ActorContext, input: NoteRef): Promise<NoteView> {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const found = await requireNote(tx, actor, input.noteId, "read");
    const { note } = found;
    const state = noteStateOf(note);
    const { content, sharedVersion } = await withLiveGroupShared(tx, note);
    const missing =
      state === "draft"
        ? missingBeforeSigning(note.kind, content, await signingFactsFor(tx, note))
        : [];
    const addenda = await listNoteAddenda(tx, note.id);
    const sentToFamilyAt =
      (note.kind === "progress_report" || note.kind === "discharge_summary") && state !== "draft"
        ? await findSentToFamilyAt(tx, note.id)
        : null;
    await auditNote(tx, ctx, "note.read", note.childId);
    const writer = can(actor.role, "writeClinicalRecord");
    const cosigner = note.cosignerId ?? found.authorSupervisorId;
    const group =
      sharedVersion !== null && note.appointmentId !== null
        ? {
            version: sharedVersion,
            childCount: (await listSeatedChildren(tx, note.appointmentId)).length,
            canEdit:
              writer &&
              state === "draft" &&
              (await mayWriteGroupShared(
                tx,
                actor,
                await requireClinicSession(tx, actor, note.appointmentId),
              )),
          }
        : null;
    return {
      id: note.id,
      childId: note.childId,
      appointmentId: note.appointmentId,
      serviceOn: note.serviceOn,
      visitEndedAt: note.visitEndedAt,
      version: note.version,
      state,
      author: { id: note.authorId, name: found.authorName, credential: found.authorCredential },
      signature:
        note.signedAt && found.signedByName
          ? {
              signedAt: note.signedAt,
              signedByName: found.signedByName,
              attestation: note.attestation ?? "",
            }
          : null,
      cosignature:
        note.cosignerId !== null || isCosignRequired(found.authorCredential)
          ? { cosignerName: found.cosignerName, cosignedAt: note.cosignedAt }
          : null,
      addenda,
      missing,
      canEdit: writer && state === "draft" && note.authorId === actor.userId,
      canCosign: writer && state === "awaiting_cosign" && cosigner === actor.userId,
      group,
      sentToFamilyAt,
      kind: note.kind,
      content,
      // The row types kind and content apart; the note's kind wrote its content, and .output() checks the pair.
    } as NoteView;
  });
}
