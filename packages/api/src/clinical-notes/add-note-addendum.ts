import {
  chargeSignedNote,
  findChargeOfNote,
  findTherapistCredential,
  insertNoteAddendum,
} from "@carryover/db/queries";
import { chargeChanges } from "@carryover/domain/billing";
import { isCosignRequired, type VisitNoteContent } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireNote } from "../policy/note-access";
import { auditNote } from "./note-record";
import type { AddendumInput } from "./note.contracts";

/**
 * A change to a signed note, with its reason; the note itself stays as it was signed. An addendum
 * to a visit note may correct its minutes: the visit's charges are coded again from them, and an
 * open claim takes the new lines (a sent one is corrected by a replacement claim).
 */
export async function addNoteAddendum(ctx: ActorContext, input: AddendumInput) {
  return ctx.db.transaction(async (tx) => {
    const { note } = await requireNote(tx, ctx.actor, input.noteId, "write");
    if (note.signedAt === null)
      throw new AppError(
        "CONFLICT",
        "NOTE_NOT_SIGNED",
        "This note is still a draft. Edit the draft instead.",
      );
    if (input.minutes && note.kind !== "visit")
      throw new AppError(
        "VALIDATION",
        "MINUTES_ONLY_ON_VISITS",
        "Only a visit note's minutes can be corrected.",
        { field: "minutes" },
      );
    const addendum = await insertNoteAddendum(tx, {
      noteId: note.id,
      authorId: ctx.actor.userId,
      reason: input.reason,
      body: input.body,
      minutes: input.minutes ?? null,
      at: ctx.now(),
    });
    const recoded = input.minutes ? await recodeVisit(tx, note, input.minutes, ctx.now()) : null;
    await auditNote(tx, ctx, "note.addendum", note.childId);
    return { addendumId: addendum.id, createdAt: addendum.createdAt, recoded };
  });
}

type SignedNote = Parameters<typeof chargeSignedNote>[1];

async function recodeVisit(
  tx: Parameters<typeof chargeSignedNote>[0],
  note: SignedNote,
  minutes: NonNullable<AddendumInput["minutes"]>,
  at: Date,
) {
  const before = await findChargeOfNote(tx, note.id);
  const credential = await findTherapistCredential(tx, note.authorId, note.clinicId);
  const content = { ...(note.content as VisitNoteContent), minutes };
  const coded = await chargeSignedNote(
    tx,
    { ...note, content },
    { furnishedByAssistant: isCosignRequired(credential?.credential ?? null), at },
  );
  return coded ? chargeChanges(before?.lines ?? [], coded.charge.lines) : null;
}
