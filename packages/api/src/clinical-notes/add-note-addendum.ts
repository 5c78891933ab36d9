import { insertNoteAddendum } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireNote } from "../policy/note-access";
import { auditNote } from "./note-record";
import type { AddendumInput } from "./note.contracts";

/** A change to a signed note, with its reason; the note itself stays as it was signed. */
export async function addNoteAddendum(ctx: ActorContext, input: AddendumInput) {
  return ctx.db.transaction(async (tx) => {
    const { note } = await requireNote(tx, ctx.actor, input.noteId, "write");
    if (note.signedAt === null)
      throw new AppError(
        "CONFLICT",
        "NOTE_NOT_SIGNED",
        "This note is still a draft. Edit the draft instead.",
      );
    const addendum = await insertNoteAddendum(tx, {
      noteId: note.id,
      authorId: ctx.actor.userId,
      reason: input.reason,
      body: input.body,
      at: ctx.now(),
    });
    await auditNote(tx, ctx, "note.addendum", note.childId);
    return { addendumId: addendum.id, createdAt: addendum.createdAt };
  });
}
