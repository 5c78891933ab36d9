import "server-only";

import { AUDIT_EXPORT_LIMIT, exportAuditEvents, type RequestMeta } from "@carryover/api";
import { ExportAuditEventsInput } from "@carryover/api/contracts/audit";

import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { filtersFromSearchParams, toAuditInput } from "./audit-filters";

/** The audit trail's filtered events as a CSV download, for clinic admins; the same filters as the page's address. */
export async function answerAuditExport(req: Request, meta: RequestMeta): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return { response: plainText(401, "Please sign in to Carryover as a clinic admin.") };
  const actorId = auth.actor.userId;
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const { limit: _, ...filter } = toAuditInput(
    filtersFromSearchParams(params),
    auth.clinicTimeZone,
  );
  const input = ExportAuditEventsInput.safeParse(filter);
  if (!input.success)
    return {
      response: plainText(400, "Those filters are not valid. Change them on the audit page."),
      actorId,
    };
  const file = await exportAuditEvents({ ...serviceDeps(), meta, actor: auth.actor }, input.data);
  const headers: Record<string, string> = {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${file.filename}"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
  if (file.truncated) headers["x-carryover-truncated"] = `first ${AUDIT_EXPORT_LIMIT} events`;
  // A byte-order mark so spreadsheet programs read the names as UTF-8.
  return { response: new Response(`\uFEFF${file.csv}`, { status: 200, headers }), actorId };
}
