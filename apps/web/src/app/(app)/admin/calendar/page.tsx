import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { AdminCalendar } from "~/features/scheduling/calendar/admin-calendar.client";
import {
  prefetchAdminCalendar,
  type AdminCalendarParams,
} from "~/features/scheduling/calendar/prefetch-admin-calendar";
import { requireAuth } from "~/server/auth-session";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Calendar" };

export default async function AdminCalendarPage({
  searchParams,
}: {
  searchParams: Promise<AdminCalendarParams>;
}) {
  const auth = await requireAuth(["admin"]);
  await prefetchAdminCalendar(await searchParams, auth.clinicTimeZone);

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
