import { answerClinicLogo, logoNotFound } from "~/features/clinic/clinic-logo-answer";
import { handleRoute } from "~/lib/route-handler";

export const dynamic = "force-dynamic";

/** The signed-in person's clinic's logo. */
export async function GET(req: Request) {
  return handleRoute(req, "/api/clinic/logo", (meta) => answerClinicLogo(meta), {
    refuse: (error) => (error.code === "NOT_FOUND" ? logoNotFound() : null),
    what: "clinic logo failed",
    message: (reference) =>
      `Something went wrong on our side. Please try again in a moment. (Reference ${reference})`,
  });
}
