import { AppError, receiveVideoWebhook } from "@carryover/api";

import { serviceDeps } from "~/server/deps";
import { describeFailure, log } from "~/server/log";
import { requestMetaFrom } from "~/server/request-meta";

export const dynamic = "force-dynamic";

const ROUTE = "/api/webhooks/livekit";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** LiveKit's room and participant events: attendance for each session. */
export async function POST(req: Request) {
  const started = performance.now();
  const meta = requestMetaFrom(req.headers);
  let response: Response;
  try {
    const { recorded } = await receiveVideoWebhook(
      { ...serviceDeps(), meta },
      { rawBody: await req.text(), authorization: req.headers.get("authorization") },
    );
    response = plain(200, recorded ? "recorded" : "already recorded");
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      response = plain(401, error.message);
    } else {
      log("error", "livekit webhook failed", {
        path: ROUTE,
        requestId: meta.requestId,
        error: describeFailure(error),
      });
      // LiveKit retries a failed delivery; the event id makes the retry harmless.
      response = plain(500, `Not recorded; please retry. (Reference ${meta.requestId})`);
    }
  }
  log("info", "request", {
    path: ROUTE,
    status: response.status,
    durationMs: Math.round(performance.now() - started),
    requestId: meta.requestId,
  });
  return response;
}
