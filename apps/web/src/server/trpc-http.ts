import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import {
  appRouter,
  resolveAuthSession,
  retryAfterSecondsOf,
  toTrpcError,
  type TrpcContext,
} from "@carryover/api";

import { env } from "~/env";
import { serviceDeps } from "./deps";
import { describeFailure, log } from "./log";
import { refuseForeignRequest } from "./refuse-foreign-request";
import { requestMetaFrom } from "./request-meta";
import { cookieFromHeader, sessionIdFromCookies } from "./session-cookie";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The tRPC context for an HTTP call: services' dependencies, where it came from, and who is acting.
 * The session is still being looked up when the context is made (the guard waits for it), so that a
 * procedure's read ahead goes to the database alongside it.
 */
async function contextFrom(
  headers: Headers,
  onActor: (userId: string) => void,
): Promise<TrpcContext> {
  const cookie = headers.get("cookie");
  const sessionId = await sessionIdFromCookies(
    (name) => cookieFromHeader(cookie, name),
    env().AUTH_SECRET,
  );
  const session = sessionId
    ? resolveAuthSession(serviceDeps(), sessionId).then(
        (resolved) => {
          if (!resolved.ok) return null;
          onActor(resolved.actor.userId);
          return resolved;
        },
        (error: unknown) => {
          // A database that went away answers 503 here too, as it does inside a procedure.
          throw toTrpcError(error) ?? error;
        },
      )
    : null;
  // A request that calls no procedure (an unknown path) never waits for it.
  void session?.catch(() => undefined);
  return { ...serviceDeps(), meta: requestMetaFrom(headers), session };
}

/**
 * Answers a call to `/api/trpc`, logged with its request id. Served by the App Router's route in
 * development and by the production server (`scripts/server.ts`) directly, without Next's routing.
 * A mutation must come from the app's own origin as JSON: an HTML form elsewhere can send
 * multipart or text/plain with the cookie, but not JSON.
 */
export async function handleTrpcRequest(req: Request): Promise<Response> {
  const started = performance.now();
  const path = new URL(req.url).pathname;
  const refused = refuseForeignRequest(req, { jsonOnly: true });
  if (refused) {
    log("info", "request refused", { path, status: refused.status });
    return refused;
  }
  let context: TrpcContext | undefined;
  let actorId: string | null = null;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      (context = await contextFrom(req.headers, (userId) => (actorId = userId))),
    responseMeta({ errors }) {
      const retryAfter = retryAfterSecondsOf(errors);
      return retryAfter === undefined ? {} : { headers: { "retry-after": String(retryAfter) } };
    },
    onError({ error, path: procedure }) {
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      log("error", "procedure failed", {
        path: procedure ?? path,
        requestId: context?.meta.requestId,
        actorId,
        error: describeFailure(error.cause ?? error),
      });
    },
  });
  const headers = new Headers(response.headers);
  if (context) headers.set("x-request-id", context.meta.requestId);
  // A subscription streams its events as they happen.
  if (headers.get("content-type")?.startsWith("text/event-stream")) {
    log("info", "subscription", {
      path,
      requestId: context?.meta.requestId,
      actorId,
    });
    return new Response(response.body, { status: response.status, headers });
  }
  // Sent whole with its length, so only answers worth it are compressed (over 1 kB): gzip of a
  // 200-byte answer costs both ends more CPU than it saves.
  const body = await response.arrayBuffer();
  headers.set("content-length", String(body.byteLength));
  log("info", "request", {
    path,
    status: response.status,
    durationMs: Math.round(performance.now() - started),
    requestId: context?.meta.requestId,
    actorId,
  });
  // A HEAD request's 204 may carry no body at all.
  const bodyless = NULL_BODY_STATUSES.has(response.status);
  return new Response(bodyless ? null : body, { status: response.status, headers });
}
