import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses, PageHeader } from "@carryover/ui";

import { AppointmentsList } from "~/features/scheduling/family-sessions/appointments-list.client";
import { appointmentRanges } from "~/features/scheduling/family-sessions/ranges";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My sessions" };

export default async function FamilyAppointmentsPage() {
  const auth = await requireAuth(["guardian"]);
  // One instant for server and browser, so the prefetched lists are the ones the page asks for.
  const at = Math.floor(+new Date() / 60_000) * 60_000;
  const ranges = appointmentRanges(at);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.booking.list.queryOptions(ranges.upcoming)),
    queryClient.prefetchQuery(trpc.booking.list.queryOptions(ranges.past)),
    queryClient.prefetchQuery(trpc.sessionType.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader
        title="My sessions"
        actions={
          <Link href="/family/book" className={buttonClasses({ size: "lg" })}>
            Book a session
          </Link>
        }
      />
      <AppointmentsList at={at} clinicName={auth.clinicName} />
    </HydrateClient>
  );
}
