import { and, desc, eq, gte, like, lte, or, sql, type SQL } from "drizzle-orm";

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
  /** Only actions starting with one of these ("auth." for every sign-in event). */
  actionPrefixes?: readonly string[];
  /** Events about this child: its record, and the sessions it was booked into. */
  childId?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Continue after this event of the same clinic (another clinic's id finds nothing): compared in the database, at full (microsecond) precision. */
  afterEventId?: string;
  limit: number;
};

const UUID_TEXT = sql`'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/** The entity id as a uuid when it is one (an id that is not answers null, never a failed cast). */
const entityUuid = sql`(case when ${auditEvents.entityId} ~ ${UUID_TEXT} then ${auditEvents.entityId}::uuid end)`;

/** The name of the record an event is about, looked up only inside the event's clinic. */
const subjectName = sql<string | null>`case ${auditEvents.entityType}
  when 'child' then (select c.first_name || ' ' || c.last_name from children c
    where c.id = ${entityUuid} and c.clinic_id = ${auditEvents.clinicId})
  when 'user' then (select u.name from users u join memberships m on m.user_id = u.id
    where u.id = ${entityUuid} and m.clinic_id = ${auditEvents.clinicId})
  when 'invitation' then (select i.name from invitations i
    where i.id = ${entityUuid} and i.clinic_id = ${auditEvents.clinicId})
  when 'activity_template' then (select t.title from activity_templates t
    where t.id = ${entityUuid} and t.clinic_id = ${auditEvents.clinicId})
  when 'appointment' then (select string_agg(c.first_name || ' ' || c.last_name, ', ' order by c.first_name)
    from appointment_participants p join children c on c.id = p.child_id
    join appointments a on a.id = p.appointment_id
    where p.appointment_id = ${entityUuid} and a.clinic_id = ${auditEvents.clinicId})
end`;

export async function listAuditEvents(q: Queryable, filter: AuditFilter) {
  const conditions: (SQL | undefined)[] = [
    eq(auditEvents.clinicId, filter.clinicId),
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.actionPrefixes?.length
      ? or(...filter.actionPrefixes.map((prefix) => like(auditEvents.action, `${prefix}%`)))
      : undefined,
    filter.childId
      ? or(
          and(eq(auditEvents.entityType, "child"), eq(auditEvents.entityId, filter.childId)),
          and(
            eq(auditEvents.entityType, "appointment"),
            sql`${auditEvents.entityId} in (select appointment_id::text from appointment_participants where child_id = ${filter.childId})`,
          ),
        )
      : undefined,
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
      subjectName: subjectName,
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

/**
 * For a transaction whose only write is the audit row of a read: its commit does not wait for the
 * disk's flush (PostgreSQL's asynchronous commit, for this transaction alone). A failed audit row
 * still fails the read; what an operating-system crash can lose is the last fraction of a second of
 * such rows, never a change to a record. Without it every audited read waits milliseconds on fsync.
 */
export async function commitReadAuditWithoutFlush(q: Queryable) {
  await q.execute(sql`set local synchronous_commit = off`);
}

const p = (name: keyof AuditValues) => sql.placeholder(name);

/**
 * An audit row as a clause of a statement's own `with`, for a change or a read that is one statement
 * outside a transaction: the row and the statement commit together. Its values are
 * `auditValues(event)`.
 */
export const auditEventSql = () => sql`
  audit_event as (
    insert into audit_events
      (actor_id, clinic_id, action, entity_type, entity_id, request_id, ip, user_agent)
    values (${p("auditActorId")}::uuid, ${p("auditClinicId")}::uuid, ${p("auditAction")}::text,
      ${p("auditEntityType")}::text, ${p("auditEntityId")}::text, ${p("auditRequestId")}::text,
      ${p("auditIp")}::inet, ${p("auditUserAgent")}::text)
  )`;

/**
 * A read's audit row the same way, whose commit, as with commitReadAuditWithoutFlush, does not wait
 * for the disk's flush. The statement selects `readAuditDone()` so the setting is made. Never
 * inside a transaction that writes: its commit would not wait for the flush either.
 */
export const readAuditSql = () => sql`
  ${auditEventSql()},
  read_audit_unflushed as materialized (
    select set_config('synchronous_commit', 'off', true) as setting
  )`;

export const readAuditDone = () => sql`(select setting from read_audit_unflushed) as "auditCommit"`;

export type AuditValues = {
  auditActorId: string | null;
  auditClinicId: string | null;
  auditAction: string;
  auditEntityType: string;
  auditEntityId: string | null;
  auditRequestId: string | null;
  auditIp: string | null;
  auditUserAgent: string | null;
};

export const auditValues = (event: AuditEventInput): AuditValues => ({
  auditActorId: event.actorId ?? null,
  auditClinicId: event.clinicId ?? null,
  auditAction: event.action,
  auditEntityType: event.entityType,
  auditEntityId: event.entityId ?? null,
  auditRequestId: event.requestId ?? null,
  auditIp: event.ip ?? null,
  auditUserAgent: event.userAgent ?? null,
});

/** Many audit rows of one request in one statement (a remittance posts to many children at once). */
export async function insertAuditEvents(q: Queryable, events: AuditEventInput[]) {
  if (events.length > 0) await q.insert(auditEvents).values(events);
}
