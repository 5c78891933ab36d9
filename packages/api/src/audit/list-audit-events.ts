import { listAuditEvents as list } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { describeDevice } from "../identity/describe-device";
import { AUDIT_ACTION_GROUPS, type ListAuditEventsInput } from "./audit.contracts";

/** Newest first, a page at a time; `nextCursor` continues where this page ended. */
export async function listAuditEvents(ctx: ActorContext, input: ListAuditEventsInput) {
  const { cursor, group, ...filter } = input;
  const rows = await list(ctx.db, {
    ...filter,
    actionPrefix: group && AUDIT_ACTION_GROUPS[group],
    afterEventId: cursor,
    clinicId: ctx.actor.clinicId,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const events = page.map(({ userAgent, ...event }) => ({
    ...event,
    device: userAgent ? describeDevice(userAgent) : null,
  }));
  return { events, nextCursor: rows.length > input.limit && last ? last.id : null };
}
