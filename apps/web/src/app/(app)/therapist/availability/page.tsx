import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { AvailabilityEditor } from "~/features/scheduling/availability/availability-editor.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Availability" };

export default async function TherapistAvailabilityPage() {
  const auth = await requireAuth(["therapist"]);
  const therapistId = auth.actor.userId;
  await getQueryClient().prefetchQuery(trpc.availability.get.queryOptions({ therapistId }));
  return (
    <HydrateClient>
      <PageHeader
        title="Your availability"
        description="The hours families can book you, week by week, and the dates that differ. Booked sessions stay where they are when you change your hours."
      />
      <AvailabilityEditor therapistId={therapistId} />
    </HydrateClient>
  );
}
