import { findClinic, listAuditEvents as list } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { safeFileName, toCsv } from "@carryover/domain/audit";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import type { ExportAuditEventsInput } from "./audit.contracts";
import { auditFilterOf, presentAuditEvent } from "./list-audit-events";

/** The most events one file holds; a wider trail is exported in date ranges. */
export const AUDIT_EXPORT_LIMIT = 10_000;

const HEADER = [
  "When",
  "Time zone",
  "What happened",
  "Person",
  "Action code",
  "Record type",
  "Record id",
  "Address",
  "Device",
  "Request id",
] as const;

const localTime = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(at);

/**
 * The events matching the trail's filters as a CSV file (newest first, times in the clinic's zone),
 * for clinic admins only; the export itself is audited, in the same transaction as the read.
 */
export async function exportAuditEvents(ctx: ActorContext, input: ExportAuditEventsInput) {
  if (!can(ctx.actor.role, "administerClinic"))
    throw new AppError(
      "FORBIDDEN",
      "ADMIN_ONLY",
      "Only clinic admins can download the audit trail.",
    );
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, ctx.actor.clinicId);
    const timeZone = clinic?.timeZone ?? "UTC";
    const rows = await list(tx, { ...auditFilterOf(ctx, input), limit: AUDIT_EXPORT_LIMIT + 1 });
    const events = rows.slice(0, AUDIT_EXPORT_LIMIT).map(presentAuditEvent);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "audit.export",
      entityType: "clinic",
      entityId: ctx.actor.clinicId,
    });
    const csv = toCsv(
      HEADER,
      events.map((e) => [
        localTime(e.at, timeZone),
        timeZone,
        e.sentence,
        e.actorName,
        e.action,
        e.entityType,
        e.entityId,
        e.ip,
        e.device,
        e.requestId,
      ]),
    );
    const today = localTime(ctx.now(), timeZone).slice(0, 10);
    return {
      csv,
      filename: safeFileName(`${clinic?.name ?? "clinic"} audit trail`, today, "csv"),
      count: events.length,
      truncated: rows.length > AUDIT_EXPORT_LIMIT,
    };
  });
}
