import { AppError, readCalendarFeed } from "@carryover/api";

import { serviceDeps } from "~/server/deps";
import { describeFailure, log } from "~/server/log";
import { requestMetaFrom } from "~/server/request-meta";

export const dynamic = "force-dynamic";

// The token is a secret: logs name the route, never the path.
const ROUTE = "/api/calendar/[token]";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/** A secret calendar address: the owner's sessions as iCalendar, for Google, Apple or Outlook. */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const started = performance.now();
  const meta = requestMetaFrom(req.headers);
  const { token } = await params;
  let response: Response;
  try {
    const { ics } = await readCalendarFeed(serviceDeps(), meta, { token });
    response = new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="carryover-sessions.ics"',
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      response = plain(
        404,
        "This calendar address is not active. Make a new one on your Carryover account page.",
      );
    } else {
      log("error", "calendar feed failed", {
        path: ROUTE,
        requestId: meta.requestId,
        error: describeFailure(error),
      });
      response = plain(
        500,
        `Something went wrong on our side. Your calendar will try again later. (Reference ${meta.requestId})`,
      );
    }
  }
  response.headers.set("x-request-id", meta.requestId);
  log("info", "request", {
    path: ROUTE,
    status: response.status,
    durationMs: Math.round(performance.now() - started),
    requestId: meta.requestId,
  });
  return response;
}
