/**
 * The production web server: Next.js for pages, server actions and the other API routes, and tRPC's
 * own HTTP handling for `/api/trpc`. Next's route layer (routing, NextRequest, request storage) was
 * about 30 % of a booking's server time, so calls skip it; they are answered by the same handler the
 * App Router route uses in development. Started by `scripts/start.ts`, which provides the environment.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import next from "next";

import { appUrl, env, trustedProxies } from "../src/env";
import { describeFailure, log } from "../src/server/log";
import { pinRequestOrigin } from "../src/server/pin-request-origin";
import { apiSecurityHeaders } from "../src/server/security-headers";
import { handleTrpcRequest } from "../src/server/trpc-http";

process.title = "carryover-web";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** No call's input comes near this; anything bigger is refused with 413 before it is read whole. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Below this, gzip costs both ends more CPU than it saves (the same line `next start` draws). */
const COMPRESS_FROM_BYTES = 1024;
const compress = promisify(gzip);

async function send(req: IncomingMessage, res: ServerResponse, response: Response) {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(apiSecurityHeaders(appUrl())))
    headers.set(name, value);
  const length = headers.get("content-length");
  if (!response.body || length === null) {
    // A subscription streams its events as they happen; the request's signal ends it on disconnect.
    res.writeHead(response.status, Object.fromEntries(headers));
    if (response.body)
      await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res).catch(
        () => undefined,
      );
    else res.end();
    return;
  }
  let body = Buffer.from(await response.arrayBuffer());
  if (
    body.byteLength > COMPRESS_FROM_BYTES &&
    /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")
  ) {
    body = await compress(body);
    headers.set("content-encoding", "gzip");
    headers.append("vary", "Accept-Encoding");
  }
  headers.set("content-length", String(body.byteLength));
  res.writeHead(response.status, Object.fromEntries(headers)).end(body);
}

async function serveTrpc(req: IncomingMessage, res: ServerResponse) {
  try {
    const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_BODY_BYTES });
    await send(req, res, await handleTrpcRequest(request));
  } catch (error) {
    log("error", "request failed", { path: req.url?.split("?")[0], error: describeFailure(error) });
    if (res.headersSent) res.destroy();
    else
      res
        .writeHead(500, { "content-type": "application/json", ...apiSecurityHeaders(appUrl()) })
        .end(JSON.stringify({ error: { message: "Something went wrong. Please try again." } }));
  }
}

async function main() {
  const port = env().PORT;
  const appOrigin = new URL(appUrl());
  const app = next({ dev: false, dir: WEB, port });
  const handleNext = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    pinRequestOrigin(req, appOrigin, trustedProxies());
    if (req.url?.startsWith("/api/trpc/")) void serveTrpc(req, res);
    else void handleNext(req, res);
  });
  server.once("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is already in use: stop what is using it, or set PORT to another port.`
        : `The web server could not start: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port);

  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    // Open event streams would hold the close forever; their browsers reconnect.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
