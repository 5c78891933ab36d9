import { AuditActionGroup } from "@carryover/api/contracts/audit";

import { endOfDayIn, startOfDayIn } from "~/lib/time";

export type AuditFilters = {
  /** A kind of event (`AuditActionGroup`, "sign_ins"), or empty for every kind. */
  group: string;
  action: string;
  actorId: string;
  /** A child: events about their record and the sessions they were booked into. */
  childId: string;
  entityType: string;
  entityId: string;
  /** Calendar dates ("YYYY-MM-DD") in the clinic's zone; empty when not set. */
  from: string;
  to: string;
};

export const NO_FILTERS: AuditFilters = {
  group: "",
  action: "",
  actorId: "",
  childId: "",
  entityType: "",
  entityId: "",
  from: "",
  to: "",
};

export const AUDIT_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from a link such as /admin/audit?entityId=…, ignoring anything malformed. */
export function filtersFromSearchParams(
  params: Record<string, string | string[] | undefined>,
): AuditFilters {
  const read = (key: keyof AuditFilters) => {
    const value = params[key];
    return typeof value === "string" ? value.trim() : "";
  };
  const actorId = read("actorId");
  const childId = read("childId");
  const from = DATE.test(read("from")) ? read("from") : "";
  const to = DATE.test(read("to")) ? read("to") : "";
  return {
    group: AuditActionGroup.safeParse(read("group")).success ? read("group") : "",
    action: read("action").slice(0, 80),
    actorId: UUID.test(actorId) ? actorId : "",
    childId: UUID.test(childId) ? childId : "",
    entityType: read("entityType").slice(0, 40),
    entityId: read("entityId").slice(0, 80),
    from,
    // An end before the start is a range the audit.list contract refuses.
    to: from && to < from ? "" : to,
  };
}

/** The audit.list input for a set of filters; the server prefetch and the browser must build the same one. */
export function toAuditInput(filters: AuditFilters, timeZone: string) {
  const group = AuditActionGroup.safeParse(filters.group);
  return {
    ...(group.success ? { group: group.data } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.childId ? { childId: filters.childId } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.from ? { from: startOfDayIn(filters.from, timeZone) } : {}),
    ...(filters.to ? { to: endOfDayIn(filters.to, timeZone) } : {}),
    limit: AUDIT_PAGE_SIZE,
  };
}

export const hasFilters = (filters: AuditFilters) =>
  Object.values(filters).some((value) => value !== "");

/** The filters as a query string, for the page's address and the CSV download of the same events. */
export function filtersToQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params.toString();
}
