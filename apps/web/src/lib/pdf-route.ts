import "server-only";

import type { getAuthSession } from "~/server/auth-session";
import { plainText } from "./route-handler";

type Auth = Awaited<ReturnType<typeof getAuthSession>>;

/**
 * Signed out: a browser opening the link goes to sign-in, saying why as pages do (requireAuth);
 * any other client gets 401 with `unauthorized`.
 */
export function signInFirst(req: Request, auth: Auth, unauthorized: string): Response {
  if (!req.headers.get("accept")?.includes("text/html")) return plainText(401, unauthorized);
  const reason =
    !auth || auth.ok
      ? null
      : auth.reason === "IDLE"
        ? "idle"
        : auth.reason === "EXPIRED"
          ? "expired"
          : "signed_out";
  return new Response(null, {
    status: 303,
    headers: {
      location: reason ? `/sign-in?reason=${reason}` : "/sign-in",
      "cache-control": "no-store",
    },
  });
}

/** A PDF to open in the browser; the file name names the kind of document, never a person. */
export const pdfResponse = (pdf: Buffer, fileName: string) =>
  new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${fileName}"`,
      "content-length": String(pdf.byteLength),
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
