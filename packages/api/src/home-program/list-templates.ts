import { listActivityTemplates } from "@carryover/db/queries";

import type { ActorContext } from "../context";

/** The clinic's activity library, by title. */
export async function listTemplates(ctx: ActorContext) {
  const rows = await listActivityTemplates(ctx.db, ctx.actor.clinicId);
  return rows.map((t) => ({
    id: t.id,
    kind: t.kind,
    content: t.content,
    structure: t.structure,
    updatedAt: t.updatedAt,
  }));
}
