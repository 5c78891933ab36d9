import type { Queryable } from "@carryover/db";
import { findGroupShared } from "@carryover/db/queries";
import type { NoteContent, NoteKind, VisitNoteContent } from "@carryover/domain/clinical-notes";

/*
 * A group session's shared part is written once, in group_session_notes (one row per session, with
 * its own version, so two therapists never overwrite each other). A child's visit note of a group
 * carries `groupShared` as a string (null for a child's own session): while the note is a draft it
 * shows the session's live text; signing copies that text into the note, which keeps it from then on.
 */

type NoteLike = {
  kind: NoteKind;
  appointmentId: string | null;
  signedAt: Date | null;
  content: NoteContent;
};

/** A group visit note's session, or null for any other note. */
export function groupSessionOf(note: Pick<NoteLike, "kind" | "appointmentId" | "content">) {
  if (note.kind !== "visit" || note.appointmentId === null) return null;
  return (note.content as VisitNoteContent).groupShared === null ? null : note.appointmentId;
}

/**
 * The note's content as it reads now: a draft group note with the session's live shared text (locked
 * when `lock`, for signing), anything else as stored; with the shared part's version when there is one.
 */
export async function withLiveGroupShared(
  q: Queryable,
  note: NoteLike,
  options: { lock?: boolean } = {},
): Promise<{ content: NoteContent; sharedVersion: number | null }> {
  const appointmentId = groupSessionOf(note);
  if (appointmentId === null) return { content: note.content, sharedVersion: null };
  const shared = await findGroupShared(q, appointmentId, options);
  if (note.signedAt !== null) return { content: note.content, sharedVersion: shared.version };
  return {
    content: { ...(note.content as VisitNoteContent), groupShared: shared.text },
    sharedVersion: shared.version,
  };
}
