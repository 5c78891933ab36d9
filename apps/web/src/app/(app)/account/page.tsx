import type { Metadata } from "next";

import { Card, DescriptionList, PageHeader } from "@carryover/ui";

import { CalendarFeedCard } from "~/features/calendar-feed/calendar-feed-card.client";
import { ROLE_LABELS } from "~/features/identity/labels";
import { SignOutEverywhere } from "~/features/identity/sign-out-everywhere.client";
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
      <div className="flex flex-col gap-6">
        <PageHeader title="Your account" />
        <Card title="You">
          <DescriptionList
            items={[
              { term: "Name", detail: auth.actor.name },
              { term: "Role", detail: ROLE_LABELS[auth.actor.role] },
              { term: "Clinic", detail: auth.clinicName },
              {
                term: "Automatic sign-out",
                detail: `After ${auth.idleTimeoutMinutes} minutes without activity, and always after 12 hours.`,
              },
            ]}
          />
        </Card>
        {hasSessions ? <CalendarFeedCard timeZone={auth.clinicTimeZone} /> : null}
        <Card
          title="Signed in somewhere else?"
          description="If you signed in on a shared or lost device, sign out on every device at once. You will need to sign in again here too."
        >
          <SignOutEverywhere />
        </Card>
      </div>
    </HydrateClient>
  );
}
