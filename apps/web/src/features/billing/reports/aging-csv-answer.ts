import "server-only";

import { TRPCError } from "@trpc/server";

import { AppError, appRouter, type RequestMeta } from "@carryover/api";

import { signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { agingCsv, agingCsvFileName } from "./aging-csv";

export const agingReportNotFound = () =>
  plainText(404, "We couldn't find that report. Open it from Billing in your Carryover account.");

/** The server caller wraps a service's refusal in a TRPCError; the route answers the refusal itself. */
function throwServiceError(error: unknown): never {
  throw error instanceof TRPCError && error.cause instanceof AppError ? error.cause : error;
}

/** The A/R aging as a CSV download, through the same procedure (guard, audit) as the page. */
export async function answerAgingCsv(req: Request, meta: RequestMeta): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return { response: signInFirst(req, auth, "Please sign in to Carryover to download reports.") };
  const caller = appRouter.createCaller({ ...serviceDeps(), meta, session: auth });
  const report = await caller.report.arAging().catch(throwServiceError);
  return {
    // A byte-order mark so spreadsheet programs read the names (and the en dashes) as UTF-8.
    response: new Response(`\uFEFF${agingCsv(report)}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${agingCsvFileName(report.asOf)}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        "x-robots-tag": "noindex",
      },
    }),
    actorId: auth.actor.userId,
  };
}
