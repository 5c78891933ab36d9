import { z } from "zod";

import { AppError, getChild, getProgram, type RequestMeta } from "@carryover/api";

import { todayInZone } from "~/lib/time";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { describeFailure, log } from "~/server/log";
import { renderProgramPdf } from "~/server/program-pdf";
import { requestMetaFrom } from "~/server/request-meta";

export const dynamic = "force-dynamic";

const ROUTE = "/api/children/[childId]/program-pdf";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

const notFound = () =>
  plain(404, "We couldn't find that child. Open the home program from your Carryover account.");

type Auth = Awaited<ReturnType<typeof getAuthSession>>;

/**
 * Signed out: a browser opening the link goes to sign-in, saying why as pages do (requireAuth);
 * any other client gets 401.
 */
function signInFirst(req: Request, auth: Auth): Response {
  if (!req.headers.get("accept")?.includes("text/html"))
    return plain(401, "Please sign in to Carryover to see this home program.");
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

async function answer(
  req: Request,
  meta: RequestMeta,
  childId: string,
): Promise<{ response: Response; actorId: string | null }> {
  const auth = await getAuthSession();
  if (!auth?.ok) return { response: signInFirst(req, auth), actorId: null };
  const actorId = auth.actor.userId;
  if (!z.uuid().safeParse(childId).success) return { response: notFound(), actorId };
  // The same rules and audit rows as `child.get` and `program.get`: each service checks access.
  const ctx = { ...serviceDeps(), meta, actor: auth.actor };
  const child = await getChild(ctx, { childId });
  const { program } = await getProgram(ctx, { childId });
  if (!program)
    return {
      response: plain(
        404,
        "There is no home program to print yet. Your therapist will set one up with you.",
      ),
      actorId,
    };
  const pdf = await renderProgramPdf({
    program,
    childFirstName: child.firstName,
    clinicName: auth.clinicName,
    today: todayInZone(auth.clinicTimeZone),
    timeZone: auth.clinicTimeZone,
  });
  return {
    response: new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        // No names in the file name: downloads and print queues show it.
        "content-disposition": 'inline; filename="home-program.pdf"',
        "content-length": String(pdf.byteLength),
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    }),
    actorId,
  };
}

/** A child's home program as a PDF to print, for whoever may see the program. */
export async function GET(req: Request, { params }: { params: Promise<{ childId: string }> }) {
  const started = performance.now();
  const meta = requestMetaFrom(req.headers);
  const { childId } = await params;
  let response: Response;
  let actorId: string | null = null;
  try {
    ({ response, actorId } = await answer(req, meta, childId));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      response = notFound();
    } else {
      log("error", "program pdf failed", {
        path: ROUTE,
        requestId: meta.requestId,
        actorId,
        error: describeFailure(error),
      });
      response = plain(
        500,
        `Something went wrong on our side. Please try again in a moment. (Reference ${meta.requestId})`,
      );
    }
  }
  response.headers.set("x-request-id", meta.requestId);
  log("info", "request", {
    path: ROUTE,
    status: response.status,
    durationMs: Math.round(performance.now() - started),
    requestId: meta.requestId,
    actorId,
  });
  return response;
}
