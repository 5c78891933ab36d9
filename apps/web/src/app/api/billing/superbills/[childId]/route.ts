import {
  answerSuperbill,
  superbillNotFound,
} from "~/features/billing/family-account/superbill-answer";
import { handleRoute, plainText } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A child's superbill for some days, as a PDF. */
export async function GET(req: Request, { params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return handleRoute(
    req,
    "/api/billing/superbills/[childId]",
    (meta) => answerSuperbill(req, meta, childId),
    {
      refuse: (error) =>
        error.code === "NOT_FOUND"
          ? superbillNotFound()
          : error.code === "FORBIDDEN"
            ? plainText(403, error.message)
            : null,
      what: "superbill pdf failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
