import {
  listOpenClaimIdsOfNote,
  cosignNote as saveCosignature,
  scrubClaims,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireNote } from "../policy/note-access";
import { auditNote, noteStateOf } from "./note-record";
import type { NoteRef } from "./note.contracts";

/** The supervising OT co-signs an OT assistant's signed note; nobody else may. */
export async function cosignNote(ctx: ActorContext, input: NoteRef) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const found = await requireNote(tx, actor, input.noteId, "write");
    const { note } = found;
    const supervisor = note.cosignerId ?? found.authorSupervisorId;
    if (supervisor !== actor.userId && found.authorSupervisorId !== actor.userId)
      throw new AppError(
        "FORBIDDEN",
        "SUPERVISOR_ONLY",
        "Only the author's supervising OT can co-sign this note.",
      );
    if (noteStateOf(note) !== "awaiting_cosign")
      throw new AppError(
        "CONFLICT",
        "NOT_AWAITING_COSIGN",
        note.signedAt === null
          ? "This note isn't signed yet: its author signs it first."
          : "This note doesn't wait for a co-signature.",
      );
    const cosigned = await saveCosignature(tx, note.id, actor.userId, ctx.now());
    if (!cosigned?.cosignedAt)
      throw new AppError("CONFLICT", "ALREADY_COSIGNED", "This note is already co-signed.");
    // Its claim waited for the co-signature.
    await scrubClaims(tx, await listOpenClaimIdsOfNote(tx, note.id), ctx.now());
    await auditNote(tx, ctx, "note.cosign", note.childId);
    return { cosignedAt: cosigned.cosignedAt };
  });
}
