import {
  findProgramByChild,
  insertObservation,
  listObservations,
  listUserNames,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { ChildId, ObservationInput } from "./program.contracts";
import { auditChildRecord } from "./record-change";

/** What a guardian (or therapist) noticed: anyone who sees the program may add one, whatever else they may edit. */
export async function addObservation(ctx: ActorContext, input: ObservationInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requireProgramAccess(tx, actor, input.childId, "view");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) throw notFound("home program");
    const row = await insertObservation(tx, {
      programId: program.id,
      authorId: actor.userId,
      text: input.text,
    });
    await auditChildRecord(tx, ctx, input.childId, "program.observe");
    return { id: row.id, authorName: actor.name, at: row.at, text: row.text };
  });
}

export async function listProgramObservations(ctx: ActorContext, input: ChildId) {
  return ctx.db.transaction(async (tx) => {
    await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    await auditChildRecord(tx, ctx, input.childId, "program.observations.read");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) return [];
    const rows = await listObservations(tx, program.id);
    const names = await listUserNames(tx, [
      ...new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : []))),
    ]);
    return rows.map((r) => ({
      id: r.id,
      authorName: (r.authorId && names.get(r.authorId)) ?? null,
      at: r.at,
      text: r.text,
    }));
  });
}
