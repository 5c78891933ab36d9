import type { Metadata } from "next";

import { isCalendarDate } from "@carryover/domain/scheduling";
import { PageHeader } from "@carryover/ui";

import { AdminCalendar } from "~/features/scheduling/calendar/admin-calendar.client";
import { dayRange, weekFromParam, weekRange } from "~/features/scheduling/calendar/week";
import { calendarDateIn } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Calendar" };

type Params = { week?: string | string[]; day?: string | string[]; therapist?: string | string[] };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

export default async function AdminCalendarPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const auth = await requireAuth(["admin"]);
  const params = await searchParams;
  const queryClient = getQueryClient();
  const [therapists] = await Promise.all([
    queryClient.fetchQuery(trpc.therapist.list.queryOptions()),
    queryClient.prefetchQuery(trpc.sessionType.list.queryOptions()),
    queryClient.prefetchQuery(trpc.child.list.queryOptions()),
  ]);
  const chosen = therapists.find((t) => t.id === one(params.therapist));
  if (chosen) {
    const availability = await queryClient.fetchQuery(
      trpc.availability.get.queryOptions({ therapistId: chosen.id }),
    );
    const week = weekFromParam(one(params.week), availability.timeZone);
    await queryClient.prefetchQuery(
      trpc.booking.list.queryOptions({
        ...weekRange(week, availability.timeZone),
        therapistId: chosen.id,
      }),
    );
  } else {
    const dayParam = one(params.day);
    const day =
      dayParam && isCalendarDate(dayParam)
        ? dayParam
        : calendarDateIn(auth.clinicTimeZone, new Date());
    await Promise.all([
      ...therapists.map((t) =>
        queryClient.prefetchQuery(trpc.availability.get.queryOptions({ therapistId: t.id })),
      ),
      queryClient.prefetchQuery(trpc.booking.list.queryOptions(dayRange(day, auth.clinicTimeZone))),
    ]);
  }

  return (
    <HydrateClient>
      <PageHeader
        title="Clinic calendar"
        description="Every therapist's sessions and open hours. See one day across all therapists, or choose a therapist to see their week. Click a session to move, cancel or record a no-show."
      />
      <AdminCalendar clinicTimeZone={auth.clinicTimeZone} />
    </HydrateClient>
  );
}
