import {
  answerPlanPdf,
  recordNotFound,
} from "~/features/clinical-notes/record-pdf/record-pdf-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A plan of care (after its evaluation, when linked) as a PDF, for the clinic's staff. */
export async function GET(req: Request, { params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  return handleRoute(
    req,
    "/api/plans-of-care/[planId]/pdf",
    (meta) => answerPlanPdf(req, meta, planId),
    {
      refuse: (error) => (error.code === "NOT_FOUND" ? recordNotFound() : null),
      what: "plan of care pdf failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
