import type { IncomingMessage } from "node:http";

import { CLIENT_ADDRESS_HEADER, clientAddress, type TrustedProxies } from "./client-address";

/**
 * What the production server tells Next and tRPC about a request, whatever the client wrote: the
 * client address (from the socket, through TRUSTED_PROXIES) and the host and protocol of APP_URL,
 * which next-auth and Next's server-action check would otherwise take from Host and X-Forwarded-*.
 */
export function pinRequestOrigin(req: IncomingMessage, app: URL, proxies: TrustedProxies) {
  const forwardedFor = req.headers["x-forwarded-for"];
  const address = clientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
    proxies,
  );
  delete req.headers["x-real-ip"];
  delete req.headers["x-forwarded-for"];
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (address) {
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    req.headers["x-forwarded-for"] = address;
  }
  req.headers.host = app.host;
  req.headers["x-forwarded-host"] = app.host;
  req.headers["x-forwarded-proto"] = app.protocol.slice(0, -1);
  req.headers["x-forwarded-port"] = app.port || (app.protocol === "https:" ? "443" : "80");
}
