import "server-only";

import { TRPCError } from "@trpc/server";

import { AppError, appRouter, type RequestMeta } from "@carryover/api";

import { signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import type { ReportSlug } from "./report-catalog";
import {
  authorizationUseCsv,
  collectionsCsv,
  denialsCsv,
  documentationLagCsv,
  doseAttendanceCsv,
  productivityCsv,
  reportFileName,
} from "./report-csv";
import { parseReportFilters, type ReportFilters, type SearchParams } from "./report-filters";

export const reportNotFound = () =>
  plainText(404, "We couldn't find that report. Open it from Billing in your Carryover account.");

type Caller = ReturnType<typeof appRouter.createCaller>;
type File = { csv: string; fileName: string };
const months = ({ from, to }: ReportFilters) => ({ from, to });

/** Each report's file: the same procedure as its page (guard, audit), written as CSV. */
const FILES: Record<
  Exclude<ReportSlug, "aging">,
  (c: Caller, f: ReportFilters) => Promise<File>
> = {
  collections: async (c, f) => {
    const report = await c.report.collections(months(f));
    return { csv: collectionsCsv(report), fileName: reportFileName("collections", report.range) };
  },
  denials: async (c, f) => {
    const report = await c.report.denials({ ...months(f), payerId: f.payerId });
    return { csv: denialsCsv(report), fileName: reportFileName("denials", report.range) };
  },
  productivity: async (c, f) => {
    const report = await c.report.productivity({ ...months(f), therapistId: f.therapistId });
    return { csv: productivityCsv(report), fileName: reportFileName("productivity", report.range) };
  },
  authorizations: async (c, f) => {
    const report = await c.report.authorizationUse({ payerId: f.payerId });
    return {
      csv: authorizationUseCsv(report),
      fileName: reportFileName("authorization-use", report.asOf),
    };
  },
  "documentation-lag": async (c, f) => {
    const report = await c.report.documentationLag({ ...months(f), therapistId: f.therapistId });
    return {
      csv: documentationLagCsv(report),
      fileName: reportFileName("documentation-lag", report.range),
    };
  },
  "dose-attendance": async (c, f) => {
    const report = await c.report.doseVsAttendance({ ...months(f), everyFamily: f.everyFamily });
    return {
      csv: doseAttendanceCsv(report),
      fileName: reportFileName("dose-attendance", report.range),
    };
  },
};

export const isCsvReport = (slug: string): slug is keyof typeof FILES => Object.hasOwn(FILES, slug);

/** The server caller wraps a service's refusal in a TRPCError; the route answers the refusal itself. */
function throwServiceError(error: unknown): never {
  throw error instanceof TRPCError && error.cause instanceof AppError ? error.cause : error;
}

/** A report as a CSV download, with the filters of the page's address. */
export async function answerReportCsv(
  req: Request,
  meta: RequestMeta,
  slug: keyof typeof FILES,
): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return { response: signInFirst(req, auth, "Please sign in to Carryover to download reports.") };
  const params: SearchParams = Object.fromEntries(new URL(req.url).searchParams);
  const { filters, problem } = parseReportFilters(params);
  if (problem) return { response: plainText(400, problem), actorId: auth.actor.userId };
  const caller = appRouter.createCaller({ ...serviceDeps(), meta, session: auth });
  const file = await FILES[slug](caller, filters).catch(throwServiceError);
  return {
    // A byte-order mark so spreadsheet programs read names (and dashes) as UTF-8.
    response: new Response(`\uFEFF${file.csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        "x-robots-tag": "noindex",
      },
    }),
    actorId: auth.actor.userId,
  };
}
