import {
  answerReportCsv,
  isCsvReport,
  reportNotFound,
} from "~/features/billing/reports/report-csv-answer";
import { handleRoute, plainText } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A billing report as a CSV file, for the clinic's billing staff; anyone else finds none. */
export async function GET(req: Request, { params }: { params: Promise<{ report: string }> }) {
  const { report } = await params;
  return handleRoute(
    req,
    "/api/billing/reports/[report]",
    async (meta) =>
      isCsvReport(report) ? answerReportCsv(req, meta, report) : { response: reportNotFound() },
    {
      refuse: (error) =>
        error.code === "NOT_FOUND"
          ? reportNotFound()
          : error.code === "VALIDATION"
            ? plainText(400, error.message)
            : null,
      what: "report file failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
