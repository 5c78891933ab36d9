import { findClinicalNote, updateDraftNote } from "@carryover/db/queries";
import type { NoteContent, VisitNoteContent } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireAuthor, requireNote } from "../policy/note-access";
import { auditNote } from "./note-record";
import type { UpdateNoteInput } from "./note.contracts";

export const signedNoteIsLocked = () =>
  new AppError(
    "CONFLICT",
    "NOTE_SIGNED",
    "This note is signed and locked. Add an addendum instead.",
  );

/** A group note's shared part is saved with `note.updateGroupShared`, never through one child's note. */
function keepGroupShared(note: { content: NoteContent }, input: UpdateNoteInput): NoteContent {
  if (input.kind !== "visit") return input.content;
  const stored = (note.content as Partial<VisitNoteContent>).groupShared ?? null;
  return { ...input.content, groupShared: stored };
}

/**
 * Saves the author's draft if nobody saved it since the editor loaded it; otherwise a CONFLICT
 * carrying the current version and content, so the editor can show both. A signed note is locked.
 */
export async function updateNote(ctx: ActorContext, input: UpdateNoteInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { note } = await requireNote(tx, actor, input.noteId, "write");
    requireAuthor(actor, note, "edit it");
    if (note.signedAt !== null) throw signedNoteIsLocked();
    if (input.kind !== note.kind)
      throw new AppError(
        "VALIDATION",
        "WRONG_NOTE_KIND",
        "That content is for another kind of note.",
        {
          field: "kind",
        },
      );
    const saved =
      note.version === input.version
        ? await updateDraftNote(tx, note.id, input.version, keepGroupShared(note, input), ctx.now())
        : undefined;
    if (!saved) {
      const current = (await findClinicalNote(tx, note.id))?.note ?? note;
      if (current.signedAt !== null) throw signedNoteIsLocked();
      throw new AppError(
        "CONFLICT",
        "NOTE_CHANGED",
        "This note was saved from somewhere else while you were editing. Here is that version: keep it or apply yours again.",
        { current: { version: current.version, content: current.content } },
      );
    }
    await auditNote(tx, ctx, "note.update", note.childId);
    return { version: saved.version };
  });
}
