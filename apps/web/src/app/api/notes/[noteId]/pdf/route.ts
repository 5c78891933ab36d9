import {
  answerNotePdf,
  recordNotFound,
} from "~/features/clinical-notes/record-pdf/record-pdf-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A note of a child's chart as a PDF, for the clinic's staff who may read the chart. */
export async function GET(req: Request, { params }: { params: Promise<{ noteId: string }> }) {
  const { noteId } = await params;
  return handleRoute(req, "/api/notes/[noteId]/pdf", (meta) => answerNotePdf(req, meta, noteId), {
    refuse: (error) => (error.code === "NOT_FOUND" ? recordNotFound() : null),
    what: "note pdf failed",
    message: (reference) =>
      `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
  });
}
