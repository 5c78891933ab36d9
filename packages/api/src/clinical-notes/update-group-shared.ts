import { findGroupShared, listSessionVisitNotes, saveGroupShared } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import {
  isGroupSession,
  requireClinicSession,
  requireGroupSharedWriter,
} from "../policy/group-session-access";
import { auditNote } from "./note-record";
import type { UpdateGroupSharedInput } from "./note.contracts";

/**
 * Saves the part shared by every child's note of a group session, if nobody saved it since the editor
 * loaded it (otherwise a CONFLICT carrying the current text and version). Unsigned notes show it at
 * once; signed ones keep the text they were signed with. Audited on each child whose note it changes.
 */
export async function updateGroupShared(ctx: ActorContext, input: UpdateGroupSharedInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const facts = await requireClinicSession(tx, actor, input.appointmentId);
    await requireGroupSharedWriter(tx, actor, facts);
    if (!isGroupSession(facts))
      throw new AppError(
        "PRECONDITION_FAILED",
        "NOT_A_GROUP_SESSION",
        "This session has one child, so its note has no part shared with a group. Write it in the child's note.",
      );
    const saved = await saveGroupShared(tx, {
      appointmentId: facts.appointment.id,
      clinicId: facts.appointment.clinicId,
      text: input.text,
      expectedVersion: input.version,
      byId: actor.userId,
      at: ctx.now(),
    });
    if (!saved) {
      const current = await findGroupShared(tx, facts.appointment.id);
      throw new AppError(
        "CONFLICT",
        "GROUP_SHARED_CHANGED",
        "The shared part was saved from somewhere else while you were editing. Here is that version: keep it or apply yours again.",
        { current },
      );
    }
    const seated = new Set(facts.children.map((c) => c.id));
    const notes = await listSessionVisitNotes(tx, facts.appointment.id);
    const signed = new Set(notes.filter((n) => n.signedAt !== null).map((n) => n.childId));
    // Each child whose note shows it now: every seated child without a signed note, and any unsigned note.
    const affected = new Set(
      [...seated, ...notes.map((n) => n.childId)].filter((id) => !signed.has(id)),
    );
    for (const childId of affected) await auditNote(tx, ctx, "note.group_shared.update", childId);
    return { version: saved.version };
  });
}
