import { and, desc, eq, gte, like, lte, sql, type SQL } from "drizzle-orm";

import type { Queryable } from "../client";
import { placeholders, reusable } from "../reusable";
import { auditEvents, users } from "../schema";

/** The database stamps the id and the time. */
export type AuditEventInput = Omit<typeof auditEvents.$inferInsert, "id" | "at">;

/** Every write that touches a record runs it. */
const newAuditEvent = reusable("insert_audit_event", (q) =>
  q
    .insert(auditEvents)
    .values(
      placeholders(
        "actorId",
        "clinicId",
        "action",
        "entityType",
        "entityId",
        "requestId",
        "ip",
        "userAgent",
      ),
    ),
);

export async function insertAuditEvent(q: Queryable, event: AuditEventInput) {
  await newAuditEvent(q, {
    actorId: event.actorId ?? null,
    clinicId: event.clinicId ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
    userAgent: event.userAgent ?? null,
  });
}

export type AuditFilter = {
  clinicId: string;
  actorId?: string;
  action?: string;
  /** Only actions starting with this ("auth." for every sign-in event). */
  actionPrefix?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Continue after this event of the same clinic (another clinic's id finds nothing): compared in the database, at full (microsecond) precision. */
  afterEventId?: string;
  limit: number;
};

export async function listAuditEvents(q: Queryable, filter: AuditFilter) {
  const conditions: (SQL | undefined)[] = [
    eq(auditEvents.clinicId, filter.clinicId),
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.actionPrefix ? like(auditEvents.action, `${filter.actionPrefix}%`) : undefined,
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    filter.from ? gte(auditEvents.at, filter.from) : undefined,
    filter.to ? lte(auditEvents.at, filter.to) : undefined,
    filter.afterEventId
      ? sql`(${auditEvents.at}, ${auditEvents.id}) < (select at, id from audit_events where id = ${filter.afterEventId} and clinic_id = ${filter.clinicId})`
      : undefined,
  ];
  return q
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorName: users.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      requestId: auditEvents.requestId,
      ip: auditEvents.ip,
      userAgent: auditEvents.userAgent,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filter.limit);
}
