import { readCalendarFeed } from "@carryover/api";

import { handleRoute, plainText } from "~/lib/route-handler";
import { serviceDeps } from "~/server/deps";

export const dynamic = "force-dynamic";

/** A secret calendar address: the owner's sessions as iCalendar, for Google, Apple or Outlook. */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // The token is a secret: logs name the route, never the path.
  return handleRoute(
    req,
    "/api/calendar/[token]",
    async (meta) => {
      const { ics } = await readCalendarFeed(serviceDeps(), meta, { token });
      return {
        response: new Response(ics, {
          headers: {
            "content-type": "text/calendar; charset=utf-8",
            "content-disposition": 'inline; filename="carryover-sessions.ics"',
            "cache-control": "private, no-store",
            "x-robots-tag": "noindex",
          },
        }),
      };
    },
    {
      refuse: (error) =>
        error.code === "NOT_FOUND"
          ? plainText(
              404,
              "This calendar address is not active. Make a new one on your Carryover account page.",
            )
          : null,
      what: "calendar feed failed",
      message: (reference) =>
        `Something went wrong on our side. Your calendar will try again later. (Reference ${reference})`,
    },
  );
}
