/**
 * What a browser may load and do with Carryover's pages and answers, in one place (issue 16, defect 5).
 * Pure: the proxy applies it to pages and Next's API routes, next.config to static files, and
 * scripts/server.ts to /api/trpc.
 */

type HeaderList = Record<string, string>;

/** Headers that do not depend on the deployment, safe to fix at build time. */
export const STATIC_SECURITY_HEADERS: HeaderList = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // The live session needs the camera, microphone and screen share; nothing else needs a device.
  "Permissions-Policy":
    "camera=(self), microphone=(self), display-capture=(self), fullscreen=(self), geolocation=(), payment=(), usb=()",
  // For browsers older than frame-ancestors.
  "X-Frame-Options": "DENY",
};

/** An API answer is data, never a document: it loads nothing and runs nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

const HSTS = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable nonce for one page's scripts (128 bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** HSTS only once the app is served over https: over http a browser ignores it anyway. */
function transportHeaders(appUrl: string): HeaderList {
  return new URL(appUrl).protocol === "https:" ? { "Strict-Transport-Security": HSTS } : {};
}

/** The LiveKit server's websocket, and its http(s) twin that livekit-client asks for settings. */
export function videoSources(livekitUrl: string): string[] {
  const { protocol, host } = new URL(livekitUrl);
  return protocol === "wss:" || protocol === "https:"
    ? [`wss://${host}`, `https://${host}`]
    : [`ws://${host}`, `http://${host}`];
}

type PagePolicy = {
  nonce: string;
  livekitUrl: string;
  development: boolean;
  /** Online payment through Stripe is on: its script and frames are let in. */
  stripe?: boolean;
};

/** Stripe.js and its card frames, where online payment is on (docs.stripe.com/security/guide#content-security-policy). */
const STRIPE = {
  connect: ["https://api.stripe.com"],
  frames: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
};

export function pageContentSecurityPolicy({
  nonce,
  livekitUrl,
  development,
  stripe = false,
}: PagePolicy): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next's own scripts carry the nonce; the chunks they load are trusted through them.
    // `next dev` evaluates modules for hot reload and error overlays.
    "script-src": [
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // `next dev`'s overlay adds <style> elements without the nonce (a nonce would void 'unsafe-inline').
    "style-src": ["'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // React renders `style` props into the server's HTML (chart sizes, progress bars); attributes
    // cannot carry a nonce. Unlike a <style> element an attribute selects nothing, and img-src keeps
    // whatever it loads on our own origin.
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...videoSources(livekitUrl), ...(stripe ? STRIPE.connect : [])],
    // Stripe's card form is its own frames (card numbers never touch our pages).
    ...(stripe ? { "frame-src": STRIPE.frames } : {}),
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Every header of a page's answer, given its policy (the one its nonce went into). */
export function pageSecurityHeaders(appUrl: string, contentSecurityPolicy: string): HeaderList {
  return {
    ...STATIC_SECURITY_HEADERS,
    ...transportHeaders(appUrl),
    "Content-Security-Policy": contentSecurityPolicy,
  };
}

/** Every header of an API answer. */
export function apiSecurityHeaders(appUrl: string): HeaderList {
  return {
    ...STATIC_SECURITY_HEADERS,
    ...transportHeaders(appUrl),
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
  };
}
