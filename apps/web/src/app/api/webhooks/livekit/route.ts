import { receiveVideoWebhook } from "@carryover/api";

import { isVideoOn } from "~/env";
import { handleRoute, plainText } from "~/lib/route-handler";
import { serviceDeps } from "~/server/deps";

export const dynamic = "force-dynamic";

/** LiveKit's room and participant events: attendance for each session. */
export async function POST(req: Request) {
  if (!isVideoOn()) return plainText(404, "Video is off on this Carryover server.");
  return handleRoute(
    req,
    "/api/webhooks/livekit",
    async (meta) => {
      const { recorded } = await receiveVideoWebhook(
        { ...serviceDeps(), meta },
        { rawBody: await req.text(), authorization: req.headers.get("authorization") },
      );
      return { response: plainText(200, recorded ? "recorded" : "already recorded", {}) };
    },
    {
      refuse: (error) =>
        error.code === "UNAUTHENTICATED" ? plainText(401, error.message, {}) : null,
      what: "livekit webhook failed",
      // LiveKit retries a failed delivery; the event id makes the retry harmless.
      message: (reference) => `Not recorded; please retry. (Reference ${reference})`,
    },
  );
}
