import { answerDocumentDownload, documentNotFound } from "~/features/documents/document-answers";
import { handleRoute, plainText } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A document's file, for the family it belongs to and the child's care team only. */
export async function GET(req: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  return handleRoute(
    req,
    "/api/documents/[documentId]",
    (meta) => answerDocumentDownload(req, meta, documentId),
    {
      refuse: (error) =>
        error.code === "NOT_FOUND"
          ? documentNotFound()
          : error.code === "VALIDATION"
            ? plainText(400, error.message)
            : null,
      what: "document download failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
