import "server-only";

import { appErrorOf, type AppError, type RequestMeta } from "@carryover/api";

import { describeFailure, log } from "~/server/log";
import { requestMetaFrom } from "~/server/request-meta";

export type RouteAnswer = { response: Response; actorId?: string | null };

type Failure = {
  /** A refusal the service meant (a known AppError) as an answer, or null for a failure. */
  refuse: (error: AppError) => Response | null;
  /** The log line for a failure: what failed, never with the request's values. */
  what: string;
  /** What the caller reads on a failure, with the reference to quote. */
  message: (requestId: string) => string;
};

export const plainText = (
  status: number,
  text: string,
  headers: Record<string, string> = { "cache-control": "no-store" },
) =>
  new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...headers },
  });

/** What every route answers the same way: too many requests (429) and a database away (503). */
function commonRefusal(error: AppError): Response | null {
  const wait = error.details.retryAfterSeconds;
  if (error.code === "TOO_MANY_REQUESTS")
    return plainText(429, error.message, {
      "cache-control": "no-store",
      "retry-after": String(wait ?? 60),
    });
  if (error.code === "UNAVAILABLE") return plainText(503, error.message);
  return null;
}

/**
 * A route handler's request: its answer, a refusal the service meant, or a logged failure with a
 * reference; `x-request-id` on the answer and one log line either way. `route` is the pattern,
 * never the path, which may carry a secret.
 */
export async function handleRoute(
  req: Request,
  route: string,
  answer: (meta: RequestMeta) => Promise<RouteAnswer>,
  failure: Failure,
): Promise<Response> {
  const started = performance.now();
  const meta = requestMetaFrom(req.headers);
  let response: Response;
  let actorId: string | null = null;
  try {
    ({ response, actorId = null } = await answer(meta));
  } catch (error) {
    const appError = appErrorOf(error);
    const refusal = appError ? (failure.refuse(appError) ?? commonRefusal(appError)) : null;
    if (!refusal)
      log("error", failure.what, {
        path: route,
        requestId: meta.requestId,
        error: describeFailure(error),
      });
    response = refusal ?? plainText(500, failure.message(meta.requestId));
  }
  response.headers.set("x-request-id", meta.requestId);
  log("info", "request", {
    path: route,
    status: response.status,
    durationMs: Math.round(performance.now() - started),
    requestId: meta.requestId,
    actorId,
  });
  return response;
}
