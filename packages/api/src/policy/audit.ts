import type { Queryable } from "@carryover/db";
import { insertAuditEvent } from "@carryover/db/queries";
import { storableUserAgent } from "@carryover/domain/identity";

import type { RequestMeta } from "../context";

export type AuditEntry = {
  actorId: string | null;
  clinicId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
};

/** Written inside the caller's transaction: if the audit row fails, the action fails with it. */
export async function audit(q: Queryable, meta: RequestMeta, entry: AuditEntry) {
  await insertAuditEvent(q, {
    ...entry,
    entityId: entry.entityId ?? null,
    requestId: meta.requestId,
    ip: meta.ip,
    userAgent: storableUserAgent(meta.userAgent),
  });
}
