import { answerAuditExport } from "~/features/audit/audit-export-answer";
import { handleRoute, plainText } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** The audit trail's filtered events as a CSV file, for clinic admins. */
export async function GET(req: Request) {
  return handleRoute(req, "/api/audit/export", (meta) => answerAuditExport(req, meta), {
    refuse: (error) => (error.code === "FORBIDDEN" ? plainText(403, error.message) : null),
    what: "audit export failed",
    message: (reference) =>
      `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
  });
}
