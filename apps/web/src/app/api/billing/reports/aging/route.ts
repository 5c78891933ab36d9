import { agingReportNotFound, answerAgingCsv } from "~/features/billing/reports/aging-csv-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** The A/R aging report as a CSV file, for the clinic's billing staff; anyone else finds none. */
export async function GET(req: Request) {
  return handleRoute(req, "/api/billing/reports/aging", (meta) => answerAgingCsv(req, meta), {
    refuse: (error) => (error.code === "NOT_FOUND" ? agingReportNotFound() : null),
    what: "aging report file failed",
    message: (reference) =>
      `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
  });
}
