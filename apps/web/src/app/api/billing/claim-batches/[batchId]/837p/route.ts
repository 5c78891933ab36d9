import { answerBatchFile, batchNotFound } from "~/features/billing/claim-files/batch-file-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A claim batch's 837P file, for the clinic's billing staff. */
export async function GET(req: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  return handleRoute(
    req,
    "/api/billing/claim-batches/[batchId]/837p",
    (meta) => answerBatchFile(req, meta, batchId),
    {
      refuse: (error) => (error.code === "NOT_FOUND" ? batchNotFound() : null),
      what: "claim batch file failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
