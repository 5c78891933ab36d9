import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter } from "@carryover/api";

import { describeFailure, log } from "~/server/log";
import { createTrpcContext } from "~/server/trpc-context";

async function handler(req: Request) {
  const started = performance.now();
  const path = new URL(req.url).pathname;
  let context: Awaited<ReturnType<typeof createTrpcContext>> | undefined;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => (context = await createTrpcContext()),
    onError({ error, path: procedure }) {
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      log("error", "procedure failed", {
        path: procedure ?? path,
        requestId: context?.meta.requestId,
        actorId: context?.session?.actor.userId ?? null,
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
      actorId: context?.session?.actor.userId ?? null,
    });
    return new Response(response.body, { status: response.status, headers });
  }
  // Sent whole with its length, so the server compresses only answers worth it (over 1 kB): gzip
  // of a 200-byte answer costs both ends more CPU than it saves.
  const body = await response.arrayBuffer();
  headers.set("content-length", String(body.byteLength));
  log("info", "request", {
    path,
    status: response.status,
    durationMs: Math.round(performance.now() - started),
    requestId: context?.meta.requestId,
    actorId: context?.session?.actor.userId ?? null,
  });
  return new Response(body, { status: response.status, headers });
}

export { handler as GET, handler as POST };
