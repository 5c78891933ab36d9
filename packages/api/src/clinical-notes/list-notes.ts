import { listClinicalNotes } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import { auditNote, noteStateOf } from "./note-record";
import type { ListNotesInput } from "./note.contracts";

/** A child's notes, the latest day of service first, each with where it stands. */
export async function listNotes(ctx: ActorContext, input: ListNotesInput) {
  return ctx.db.transaction(async (tx) => {
    await requireClinicalRecord(tx, ctx.actor, input.childId, "readClinicalRecord");
    const notes = await listClinicalNotes(tx, input.childId, input.kind);
    await auditNote(tx, ctx, "note.list", input.childId);
    return notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      appointmentId: n.appointmentId,
      serviceOn: n.serviceOn,
      authorName: n.authorName,
      state: noteStateOf(n),
      signedAt: n.signedAt,
      updatedAt: n.updatedAt,
    }));
  });
}
