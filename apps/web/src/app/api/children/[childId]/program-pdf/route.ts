import {
  answerProgramPdf,
  programNotFound,
} from "~/features/home-program/program-pdf/program-pdf-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** A child's home program as a PDF to print, for whoever may see the program. */
export async function GET(req: Request, { params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return handleRoute(
    req,
    "/api/children/[childId]/program-pdf",
    (meta) => answerProgramPdf(req, meta, childId),
    {
      refuse: (error) => (error.code === "NOT_FOUND" ? programNotFound() : null),
      what: "program pdf failed",
      message: (reference) =>
        `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
    },
  );
}
