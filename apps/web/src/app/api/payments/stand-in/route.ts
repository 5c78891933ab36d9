import { z } from "zod";

import { payWithStandIn } from "@carryover/api";

import { handleRoute, plainText } from "~/lib/route-handler";
import { serviceDeps } from "~/server/deps";

export const dynamic = "force-dynamic";

const StandInCard = z.object({
  clientSecret: z.string().min(1).max(200),
  cardNumber: z.string().max(40),
});

/** The stand-in for Stripe's card form (PAYMENTS=stand-in only): charges or declines a test card. */
export async function POST(req: Request) {
  const deps = serviceDeps();
  if (deps.payments?.provider !== "stand-in") return plainText(404, "Not found.");
  return handleRoute(
    req,
    "/api/payments/stand-in",
    async (meta) => {
      const input = StandInCard.safeParse(await req.json().catch(() => null));
      if (!input.success) return { response: plainText(400, "Enter a card number.") };
      const outcome = await payWithStandIn({ ...deps, meta }, input.data);
      return { response: Response.json(outcome, { headers: { "cache-control": "no-store" } }) };
    },
    {
      refuse: (error) => (error.code === "NOT_FOUND" ? plainText(404, error.message) : null),
      what: "stand-in payment failed",
      message: (reference) =>
        `Online payment is unavailable right now; nothing was charged. (Reference ${reference})`,
    },
  );
}
