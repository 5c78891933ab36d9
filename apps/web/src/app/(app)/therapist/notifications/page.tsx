import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { NotificationsList } from "~/features/notices/notifications-list.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Notifications" };

export default async function TherapistNotificationsPage() {
  await requireAuth(["therapist"]);
  await getQueryClient().prefetchQuery(trpc.notification.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader
        title="Notifications"
        description="Families' bookings, moves and cancellations of your sessions. Choose email too on your Account page."
      />
      <NotificationsList />
    </HydrateClient>
  );
}
