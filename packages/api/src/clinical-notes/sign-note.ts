import { chargeSignedNote, findTherapistCredential, signDraftNote } from "@carryover/db/queries";
import {
  isCosignRequired,
  missingBeforeSigning,
  SIGNING_ATTESTATION,
} from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireAuthor, requireNote } from "../policy/note-access";
import { withLiveGroupShared } from "./group-shared";
import { auditNote, noteStateOf, signingFactsFor } from "./note-record";
import type { SignNoteInput } from "./note.contracts";

const changedMeanwhile = (current: { version: number; content: unknown }) =>
  new AppError(
    "CONFLICT",
    "NOTE_CHANGED",
    "This note was saved from somewhere else since you opened it. Review that version, then sign.",
    { current },
  );

/**
 * The author signs the note as it stands at `version`, and it locks. A note missing a required part
 * is refused naming each part, and nothing is locked. An OT assistant's note then waits for the
 * supervising OT's co-signature.
 */
export async function signNote(ctx: ActorContext, input: SignNoteInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { note } = await requireNote(tx, actor, input.noteId, "write");
    requireAuthor(actor, note, "sign it");
    if (note.signedAt !== null)
      throw new AppError("CONFLICT", "NOTE_ALREADY_SIGNED", "This note is already signed.");
    if (note.version !== input.version)
      throw changedMeanwhile({ version: note.version, content: note.content });
    // A group note is signed with the session's shared text as it stands, and keeps that copy.
    const { content, sharedVersion } = await withLiveGroupShared(tx, note, { lock: true });
    const missing = missingBeforeSigning(note.kind, content, await signingFactsFor(tx, note));
    if (missing.length > 0)
      throw new AppError(
        "UNPROCESSABLE",
        "NOTE_INCOMPLETE",
        `This note can't be signed yet: ${missing.map((m) => m.message).join("; ")}.`,
        {
          field: missing[0]?.path,
          fieldErrors: Object.fromEntries(missing.map((m) => [m.path, m.message])),
        },
      );
    const credential = await findTherapistCredential(tx, actor.userId, note.clinicId);
    const needsCosign = isCosignRequired(credential?.credential ?? null);
    const supervisorId = credential?.supervisorId ?? null;
    if (needsCosign && !supervisorId)
      throw new AppError(
        "PRECONDITION_FAILED",
        "NO_SUPERVISOR",
        "Your notes need your supervising OT's co-signature, and the clinic hasn't named them yet. Ask a clinic admin to set your supervisor.",
      );
    const cosignerId = needsCosign ? supervisorId : null;
    const signed = await signDraftNote(tx, note.id, input.version, {
      signedById: actor.userId,
      at: ctx.now(),
      attestation: SIGNING_ATTESTATION,
      cosignerId,
      ...(sharedVersion !== null ? { content } : {}),
    });
    if (!signed) throw changedMeanwhile({ version: note.version, content: note.content });
    await chargeSignedNote(
      tx,
      { ...note, content },
      { furnishedByAssistant: needsCosign, at: ctx.now() },
    );
    await auditNote(tx, ctx, "note.sign", note.childId);
    return {
      version: signed.version,
      state: noteStateOf({ signedAt: signed.signedAt, cosignerId, cosignedAt: null }),
    };
  });
}
