import "server-only";

import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import {
  isStorageError,
  openDocument,
  parseRangeHeader,
  uploadDocumentFromRequest,
  type AppError,
  type RequestMeta,
} from "@carryover/api";

import { appUrl } from "~/env";
import { signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";
import { apiSecurityHeaders } from "~/server/security-headers";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });

/** The status a refused upload answers: the reason's own where HTTP has one. */
const UPLOAD_STATUS: Record<string, number> = {
  UPLOAD_TOO_LARGE: 413,
  UPLOAD_TYPE_NOT_ALLOWED: 415,
  UPLOAD_UNKNOWN_TYPE: 415,
  UPLOAD_INTERRUPTED: 400,
  UPLOAD_INFECTED: 422,
};
const STATUS_OF_CODE: Partial<Record<AppError["code"], number>> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAVAILABLE: 503,
  UNPROCESSABLE: 422,
};

/** A refused upload as JSON the upload form shows: what was wrong, and on which field. */
export function refuseUpload(error: AppError): Response | null {
  const status = UPLOAD_STATUS[error.reason] ?? STATUS_OF_CODE[error.code];
  if (!status) return null;
  const message =
    error.code === "NOT_FOUND"
      ? "We couldn't find that child. Open the child's page again."
      : error.message;
  return json(status, { error: message, field: error.details.field ?? null });
}

/**
 * `POST /api/documents`. It runs without the proxy (whose body copy would hold the whole file in
 * memory), so it refuses other origins and sets the API's headers itself.
 */
export async function answerDocumentUpload(req: Request, meta: RequestMeta): Promise<RouteAnswer> {
  const withHeaders = (response: Response) => {
    for (const [name, value] of Object.entries(apiSecurityHeaders(appUrl())))
      response.headers.set(name, value);
    return response;
  };
  const foreign = refuseForeignRequest(req);
  if (foreign) return { response: withHeaders(foreign) };
  const auth = await getAuthSession();
  if (!auth?.ok)
    return { response: withHeaders(json(401, { error: "Please sign in to Carryover again." })) };
  if (!req.body)
    return {
      response: withHeaders(json(400, { error: "Choose a file to upload.", field: "file" })),
    };
  const document = await uploadDocumentFromRequest(
    { ...serviceDeps(), meta, actor: auth.actor },
    Object.fromEntries(req.headers),
    Readable.fromWeb(req.body as WebReadableStream<Uint8Array>),
  );
  return {
    response: withHeaders(json(201, { id: document.id })),
    actorId: auth.actor.userId,
  };
}

export const documentNotFound = () =>
  plainText(404, "We couldn't find that document. Open the child's documents in Carryover again.");

/** `Content-Disposition` with the kept (sanitized) name, for any client: ASCII and UTF-8 forms. */
function dispositionOf(fileName: string, inline: boolean) {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Types a browser shows in place without running anything of the file's. */
const SHOWN_INLINE = /^(application\/pdf|image\/(png|jpeg|gif|webp)|video\/(mp4|quicktime|webm))$/;

/** `GET /api/documents/<id>`: the file, or the byte range asked (videos seek by range). */
export async function answerDocumentDownload(
  req: Request,
  meta: RequestMeta,
  documentId: string,
): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return {
      response: signInFirst(req, auth, "Please sign in to Carryover to open this document."),
    };
  const url = new URL(req.url);
  const range = parseRangeHeader(req.headers.get("range")) ?? undefined;
  try {
    const { document, read } = await openDocument(
      { ...serviceDeps(), meta, actor: auth.actor },
      { documentId, range },
    );
    const headers: Record<string, string> = {
      "content-type": document.mime,
      "content-length": String(read.bytes),
      "content-disposition": dispositionOf(
        document.fileName,
        SHOWN_INLINE.test(document.mime) && url.searchParams.get("download") !== "1",
      ),
      "x-content-type-options": "nosniff",
      "accept-ranges": "bytes",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "x-robots-tag": "noindex",
    };
    if (read.range)
      headers["content-range"] = `bytes ${read.range.start}-${read.range.end}/${read.size}`;
    return {
      response: new Response(Readable.toWeb(read.body) as ReadableStream, {
        status: read.range ? 206 : 200,
        headers,
      }),
      actorId: auth.actor.userId,
    };
  } catch (error) {
    if (isStorageError(error, "RANGE_NOT_SATISFIABLE"))
      return {
        response: new Response(null, {
          status: 416,
          headers: { "content-range": `bytes */${error.details.size ?? 0}` },
        }),
        actorId: auth.actor.userId,
      };
    throw error;
  }
}
