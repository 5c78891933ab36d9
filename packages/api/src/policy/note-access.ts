import type { Queryable } from "@carryover/db";
import { findClinicalNote } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChildAccess } from "./child-access";

export type ClinicalRecordNeed = "read" | "write";

const therapistsOnly = () =>
  new AppError(
    "FORBIDDEN",
    "THERAPISTS_WRITE_THE_RECORD",
    "Only therapists write the clinical record. You can read it.",
  );

/**
 * A child's clinical record: staff who reach the child read it and therapists write it. A guardian,
 * or anyone outside the actor's reach, finds no such child (the record is staff-only).
 */
export async function requireClinicalRecord(
  q: Queryable,
  actor: Actor,
  childId: string,
  need: ClinicalRecordNeed,
) {
  const facts = await requireChildAccess(q, actor, childId, "view");
  if (!can(actor.role, "readClinicalRecord")) throw notFound("child");
  if (need === "write" && !can(actor.role, "writeClinicalRecord")) throw therapistsOnly();
  return facts;
}

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
