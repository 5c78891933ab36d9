import { answerSigningPdf } from "~/features/clinical-notes/record-pdf/signing-pdf-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** The plan of care behind a physician's signing link, as a PDF: public, while the link is valid. */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return handleRoute(
    req,
    "/api/sign/plan-of-care/[token]/pdf",
    (meta) => answerSigningPdf(meta, token),
    {
      refuse: () => null,
      what: "signing pdf failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
