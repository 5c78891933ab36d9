import { decode } from "next-auth/jwt";

/** next-auth's session cookie: the `__Secure-` name when it was set over HTTPS. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** Cookies already decrypted: a token always decodes to the same payload, so only expiry can change. */
const decoded = new Map<string, { sessionId: string | null; expiresAt: number }>();
const DECODED_LIMIT = 10_000;

async function decodeSessionId(token: string, name: string, secret: string) {
  const key = `${name}=${token}`;
  const known = decoded.get(key);
  if (known && known.expiresAt > Date.now()) return known.sessionId;
  const payload = await decode({ token, secret, salt: name }).catch(() => null);
  const sessionId = typeof payload?.sessionId === "string" ? payload.sessionId : null;
  if (payload?.exp) {
    if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value ?? "");
    decoded.set(key, { sessionId, expiresAt: payload.exp * 1000 });
  }
  return sessionId;
}

/**
 * The server-side session id the session cookie carries. Decoded here rather than with `auth()`,
 * which runs next-auth's whole session endpoint (decrypt, callbacks, re-encrypt) on every call: with
 * the proxy doing the same, that was most of a booking's CPU. The cookie's lifetime is the session's
 * absolute one, so nothing needs re-issuing; revocation and idle timeout are the server-side session's.
 */
export async function sessionIdFromCookies(
  cookie: (name: string) => string | undefined,
  secret: string | undefined,
): Promise<string | null> {
  for (const name of SESSION_COOKIES) {
    const token = cookie(name);
    if (token) return secret ? decodeSessionId(token, name, secret) : null;
  }
  return null;
}

/** One cookie's value from a request's `Cookie` header. */
export function cookieFromHeader(header: string | null, name: string): string | undefined {
  for (const pair of header?.split(";") ?? []) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
