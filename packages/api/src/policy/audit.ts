import type { Queryable } from "@carryover/db";
import {
  commitReadAuditWithoutFlush,
  insertAuditEvent,
  insertAuditEvents,
} from "@carryover/db/queries";
import { storableUserAgent } from "@carryover/domain/identity";

import type { RequestMeta } from "../context";

export type AuditEntry = {
  actorId: string | null;
  clinicId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
};

/** The audit row of an entry made in this request. */
export const auditEventOf = (meta: RequestMeta, entry: AuditEntry) => ({
  ...entry,
  entityId: entry.entityId ?? null,
  requestId: meta.requestId,
  ip: meta.ip,
  userAgent: storableUserAgent(meta.userAgent),
});

/** Written inside the caller's transaction: if the audit row fails, the action fails with it. */
export async function audit(q: Queryable, meta: RequestMeta, entry: AuditEntry) {
  await insertAuditEvent(q, auditEventOf(meta, entry));
}

/** One write's audit rows, one per entry, in one statement. */
export async function auditEach(q: Queryable, meta: RequestMeta, entries: AuditEntry[]) {
  await insertAuditEvents(
    q,
    entries.map((entry) => auditEventOf(meta, entry)),
  );
}

/**
 * The audit row of a read, in a transaction that writes nothing else: it fails the read if it
 * fails, and its commit does not wait for the disk (commitReadAuditWithoutFlush).
 */
export async function auditRead(q: Queryable, meta: RequestMeta, entry: AuditEntry) {
  await Promise.all([commitReadAuditWithoutFlush(q), audit(q, meta, entry)]);
}
