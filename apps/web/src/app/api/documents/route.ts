import { answerDocumentUpload, refuseUpload } from "~/features/documents/document-answers";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A file for a child's documents: `multipart/form-data` with `childId`, then `file`; answers `{ id }`. */
export async function POST(req: Request) {
  return handleRoute(req, "/api/documents", (meta) => answerDocumentUpload(req, meta), {
    refuse: refuseUpload,
    what: "document upload failed",
    message: (reference) =>
      `Something went wrong on our side; nothing was kept. Please try again. (Reference ${reference})`,
  });
}
