import { listNotesAwaitingCosign } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import type { NotesAwaitingCosign } from "./note.contracts";

/**
 * The notes an OT's assistants signed that wait for this OT's co-signature, the longest waiting
 * first; nobody else's, so for anyone who co-signs nothing it is empty. Audited as one read.
 */
export async function listCosignQueue(ctx: ActorContext): Promise<NotesAwaitingCosign> {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const notes = await listNotesAwaitingCosign(tx, actor.clinicId, actor.userId);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "note.cosign_queue",
      entityType: "clinic",
      entityId: actor.clinicId,
    });
    // A note waits for a co-signature only once its author signed it.
    return notes.flatMap(({ signedAt, ...note }) => (signedAt ? [{ ...note, signedAt }] : []));
  });
}
