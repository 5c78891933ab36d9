import { randomUUID } from "node:crypto";
import { isIP } from "node:net";

import type { RequestMeta } from "@carryover/api";

import { env } from "~/env";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

/**
 * Request id and client address, for the audit trail, the per-IP sign-in limit and logs. The address
 * is the one the production server worked out from its socket and TRUSTED_PROXIES
 * (`scripts/server.ts`), never a header the client wrote; `next dev` has no such server, so there
 * requests have no address.
 */
export function requestMetaFrom(headers: Headers): RequestMeta {
  const given = headers.get("x-request-id");
  const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
  const address = env().NODE_ENV === "production" ? (headers.get(CLIENT_ADDRESS_HEADER) ?? "") : "";
  return { requestId, ip: isIP(address) ? address : null, userAgent: headers.get("user-agent") };
}
