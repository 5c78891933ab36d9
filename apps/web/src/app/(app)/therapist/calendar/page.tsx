import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader, textLinkClasses } from "@carryover/ui";

import { TherapistCalendar } from "~/features/scheduling/calendar/therapist-calendar.client";
import { weekFromParam, weekRange } from "~/features/scheduling/calendar/week";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Calendar" };

export default async function TherapistCalendarPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const auth = await requireAuth(["therapist"]);
  const { week: param } = await searchParams;
  const therapistId = auth.actor.userId;
  const queryClient = getQueryClient();
  const [availability] = await Promise.all([
    queryClient.fetchQuery(trpc.availability.get.queryOptions({ therapistId })),
    queryClient.prefetchQuery(trpc.sessionType.list.queryOptions()),
    queryClient.prefetchQuery(trpc.child.list.queryOptions()),
  ]);
  const week = weekFromParam(typeof param === "string" ? param : null, availability.timeZone);
  await queryClient.prefetchQuery(
    trpc.booking.list.queryOptions(weekRange(week, availability.timeZone)),
  );

  return (
    <HydrateClient>
      <PageHeader
        title="Your calendar"
        description={
          <>
            Your sessions and open hours, in your time zone. Click an open time to book a session;
            click a session to move or cancel it. Change your hours in{" "}
            <Link href="/therapist/availability" className={textLinkClasses}>
              Availability
            </Link>
            .
          </>
        }
      />
      <TherapistCalendar therapistId={therapistId} therapistName={auth.actor.name} />
    </HydrateClient>
  );
}
