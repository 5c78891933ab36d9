import { answerClaimPaper, claimNotFound } from "~/features/billing/claim-files/claim-paper-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A claim as a CMS-1500 PDF, for the clinic's billing staff. */
export async function GET(req: Request, { params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  return handleRoute(
    req,
    "/api/billing/claims/[claimId]/cms1500.pdf",
    (meta) => answerClaimPaper(req, meta, claimId),
    {
      refuse: (error) => (error.code === "NOT_FOUND" ? claimNotFound() : null),
      what: "claim cms1500 failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
