import { listAuditEvents as list } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import type { ListAuditEventsInput } from "./audit.contracts";

/** Newest first, a page at a time; `nextCursor` continues where this page ended. */
export async function listAuditEvents(ctx: ActorContext, input: ListAuditEventsInput) {
  const { cursor, ...filter } = input;
  const rows = await list(ctx.db, {
    ...filter,
    afterEventId: cursor,
    clinicId: ctx.actor.clinicId,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { events: page, nextCursor: rows.length > input.limit && last ? last.id : null };
}
