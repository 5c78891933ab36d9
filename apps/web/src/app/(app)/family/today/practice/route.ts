import { answerPracticeForm } from "~/features/home-program/today/practice-form-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** Today's taps, logs and undos sent as plain forms, before the page's script has run. */
export async function POST(req: Request) {
  return handleRoute(req, "/family/today/practice", (meta) => answerPracticeForm(req, meta), {
    refuse: (error) =>
      error.code === "NOT_FOUND" ||
      error.code === "FORBIDDEN" ||
      error.code === "VALIDATION" ||
      error.code === "PRECONDITION_FAILED"
        ? new Response(null, {
            status: 303,
            headers: { location: "/family/today?not-saved=1", "cache-control": "no-store" },
          })
        : null,
    what: "practice form failed",
    message: (reference) =>
      `Something went wrong on our side. Your practice was not saved; please go back and try again. (Reference ${reference})`,
  });
}
