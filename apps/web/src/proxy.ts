import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";

import { appUrl, env, paymentsConfig, videoConfig } from "./env";
import { authConfig } from "./server/auth.config";
import { refuseForeignRequest } from "./server/refuse-foreign-request";
import {
  apiSecurityHeaders,
  createNonce,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
} from "./server/security-headers";

const { auth } = NextAuth(authConfig);
// next-auth answers a proxy's (request, event) call with its `authorized` callback's verdict (a
// redirect to sign-in, or "next"); its types list only the wrapper form.
const checkSession = auth as unknown as (
  req: NextRequest,
  event: NextFetchEvent,
) => Promise<Response>;

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Every page gets a fresh nonce: Next reads it from the request's Content-Security-Policy header and
 * puts it on the scripts it renders (the root layout renders every page on demand for that).
 */
async function answerPage(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const policy = pageContentSecurityPolicy({
    nonce: createNonce(),
    livekitUrl: videoConfig().url,
    development: env().NODE_ENV === "development",
    stripe: paymentsConfig().kind === "stripe",
  });
  const verdict = await checkSession(request, event);
  if (!verdict.headers.has("x-middleware-next"))
    return withHeaders(verdict, pageSecurityHeaders(appUrl(), policy));
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const cookie of verdict.headers.getSetCookie())
    response.headers.append("set-cookie", cookie);
  return withHeaders(response, pageSecurityHeaders(appUrl(), policy));
}

export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  // Server actions and any route handler: another site's POST stops here, before Next runs it.
  const refused = refuseForeignRequest(request);
  if (refused) return withHeaders(refused, apiSecurityHeaders(appUrl()));
  // API routes check the server-side session themselves (or are public): no cookie work here.
  if (request.nextUrl.pathname.startsWith("/api/"))
    return withHeaders(NextResponse.next(), apiSecurityHeaders(appUrl()));
  return answerPage(request, event);
}

// Not `/api/documents` (uploads): with a proxy, Next holds a copy of the whole request body in
// memory (and cuts it at 10 MB); that route refuses other origins itself.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/documents$).*)"],
};
