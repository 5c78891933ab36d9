import type { Metadata } from "next";

import { AccountOverview } from "~/features/identity/account-overview";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const auth = await requireAuth();
  // Clinic admins hold no sessions, so they have no calendar feed.
  const hasSessions = auth.actor.role !== "admin";
  if (hasSessions) await getQueryClient().prefetchQuery(trpc.calendarFeed.get.queryOptions());
  return (
    <HydrateClient>
      <AccountOverview
        name={auth.actor.name}
        role={auth.actor.role}
        clinicName={auth.clinicName}
        clinicTimeZone={auth.clinicTimeZone}
        idleTimeoutMinutes={auth.idleTimeoutMinutes}
        hasCalendarFeed={hasSessions}
      />
    </HydrateClient>
  );
}
