import { receivePaymentEvent } from "@carryover/api";

import { handleRoute, plainText } from "~/lib/route-handler";
import { serviceDeps } from "~/server/deps";

export const dynamic = "force-dynamic";

/** Stripe's events: a card payment's outcome, verified by its signature and recorded once. */
export async function POST(req: Request) {
  const deps = serviceDeps();
  if (!deps.payments) return plainText(404, "Online payment is off on this Carryover server.");
  return handleRoute(
    req,
    "/api/webhooks/stripe",
    async (meta) => {
      const outcome = await receivePaymentEvent(
        { ...deps, meta },
        await req.text(),
        req.headers.get("stripe-signature"),
      );
      return { response: plainText(200, outcome, {}) };
    },
    {
      refuse: (error) =>
        error.code === "UNAUTHENTICATED" ? plainText(400, error.message, {}) : null,
      what: "stripe webhook failed",
      // Stripe retries a failed delivery; the event id makes the retry harmless.
      message: (reference) => `Not recorded; please retry. (Reference ${reference})`,
    },
  );
}
