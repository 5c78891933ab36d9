import type { Queryable } from "@carryover/db";
import { findClinicalNote } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChildAccess } from "./child-access";
import { therapistsOnly } from "./clinical-record-access";

export type ClinicalRecordNeed = "read" | "write";

/**
 * One note of the record, on the same terms; the author's supervising OT reaches it too, so they
 * can co-sign it without the child on their caseload. Anyone else finds no such note.
 */
export async function requireNote(
  q: Queryable,
  actor: Actor,
  noteId: string,
  need: ClinicalRecordNeed,
) {
  const found = await findClinicalNote(q, noteId);
  if (!found || found.note.clinicId !== actor.clinicId) throw notFound("note");
  if (!can(actor.role, "readClinicalRecord")) throw notFound("note");
  const supervises =
    found.authorSupervisorId === actor.userId || found.note.cosignerId === actor.userId;
  if (!supervises) {
    try {
      await requireChildAccess(q, actor, found.note.childId, "view");
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound("note");
      throw error;
    }
  }
  if (need === "write" && !can(actor.role, "writeClinicalRecord")) throw therapistsOnly();
  return found;
}

/** Only the note's author edits and signs it. */
export function requireAuthor(actor: Actor, note: { authorId: string }, what: string) {
  if (note.authorId !== actor.userId)
    throw new AppError("FORBIDDEN", "AUTHOR_ONLY", `Only the note's author can ${what}.`);
}
