import { listAuditEvents as list } from "@carryover/db/queries";
import { describeAuditEvent } from "@carryover/domain/audit";

import type { ActorContext } from "../context";
import { describeDevice } from "../identity/describe-device";
import {
  AUDIT_ACTION_GROUPS,
  type ExportAuditEventsInput,
  type ListAuditEventsInput,
} from "./audit.contracts";

type Row = Awaited<ReturnType<typeof list>>[number];

/** A row as the trail shows it: the device in words and the event as a sentence with names. */
export const presentAuditEvent = ({ userAgent, ...event }: Row) => ({
  ...event,
  sentence: describeAuditEvent(event),
  device: userAgent ? describeDevice(userAgent) : null,
});

export const auditFilterOf = (ctx: ActorContext, { group, ...filter }: ExportAuditEventsInput) => ({
  ...filter,
  actionPrefixes: group && AUDIT_ACTION_GROUPS[group],
  clinicId: ctx.actor.clinicId,
});

/** Newest first, a page at a time; `nextCursor` continues where this page ended. */
export async function listAuditEvents(ctx: ActorContext, input: ListAuditEventsInput) {
  const { cursor, limit, ...filter } = input;
  const rows = await list(ctx.db, {
    ...auditFilterOf(ctx, filter),
    afterEventId: cursor,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map(presentAuditEvent),
    nextCursor: rows.length > limit && last ? last.id : null,
  };
}
