import "server-only";

import { isCalendarDate } from "@carryover/domain/scheduling";

import { calendarDateIn } from "~/lib/time";
import { getQueryClient, trpc } from "~/trpc/server";
import { dayRange, weekFromParam, weekRange } from "./week";

export type AdminCalendarParams = {
  week?: string | string[];
  day?: string | string[];
  therapist?: string | string[];
};
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

/** Loads what the admin calendar shows first: one therapist's week, or one day across all. */
export async function prefetchAdminCalendar(params: AdminCalendarParams, clinicTimeZone: string) {
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
      dayParam && isCalendarDate(dayParam) ? dayParam : calendarDateIn(clinicTimeZone, new Date());
    await Promise.all([
      ...therapists.map((t) =>
        queryClient.prefetchQuery(trpc.availability.get.queryOptions({ therapistId: t.id })),
      ),
      queryClient.prefetchQuery(trpc.booking.list.queryOptions(dayRange(day, clinicTimeZone))),
    ]);
  }
}
