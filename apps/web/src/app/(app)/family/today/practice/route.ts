import { answerPracticeForm } from "~/features/home-program/today/practice-form-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** Today's taps, logs and undos sent as plain forms, before the page's script has run. */
export async function POST(req: Request) {
  return handleRoute(req, "/family/today/practice", (meta) => answerPracticeForm(req, meta), {
    // The form's answer turns the services' refusals into a way back to the same child's Today.
    refuse: () => null,
    what: "practice form failed",
    message: (reference) =>
      `Something went wrong on our side. Your practice was not saved; please go back and try again. (Reference ${reference})`,
  });
}
