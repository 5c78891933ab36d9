import { randomUUID } from "node:crypto";
import { isIP } from "node:net";

import type { RequestMeta } from "@carryover/api";

/** Request id and client address, for the audit trail and logs. */
export function requestMetaFrom(headers: Headers): RequestMeta {
  const given = headers.get("x-request-id");
  const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
  const forwarded =
    headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? headers.get("x-real-ip") ?? "";
  const ip = forwarded.replace(/^::ffff:/, "");
  return { requestId, ip: isIP(ip) ? ip : null, userAgent: headers.get("user-agent") };
}
