export type RequestOriginDecision =
  { ok: true } | { ok: false; status: 403 | 415; reason: "FOREIGN_ORIGIN" | "NOT_JSON" };

type RequestFacts = { method: string; headers: Headers };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// "none": the person started it (the address bar, a bookmark), not another site's page.
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

function fromOwnOrigin(headers: Headers, appOrigin: string): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return originOf(origin) === originOf(appOrigin);
  const site = headers.get("sec-fetch-site");
  // A browser sends Origin or Sec-Fetch-Site with every state-changing request; neither is a script's.
  return site === null || OWN_FETCH_SITES.has(site.toLowerCase());
}

const isJson = (headers: Headers) =>
  headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() === "application/json";

/**
 * Whether a state-changing request may run: it comes from the app's own origin (APP_URL) and, where
 * `jsonOnly`, carries JSON — which another site's HTML form cannot send without asking first (CORS).
 * Reads (GET, HEAD, OPTIONS) change nothing and pass.
 */
export function decideRequestOrigin(
  request: RequestFacts,
  appOrigin: string,
  { jsonOnly = false }: { jsonOnly?: boolean } = {},
): RequestOriginDecision {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  if (!fromOwnOrigin(request.headers, appOrigin))
    return { ok: false, status: 403, reason: "FOREIGN_ORIGIN" };
  if (jsonOnly && !isJson(request.headers)) return { ok: false, status: 415, reason: "NOT_JSON" };
  return { ok: true };
}
