import type { Metadata } from "next";

import { Card, DescriptionList, PageHeader } from "@carryover/ui";

import { CalendarFeedCard } from "~/features/calendar-feed/calendar-feed-card.client";
import { ROLE_LABELS } from "~/features/identity/labels";
import { SignOutEverywhere } from "~/features/identity/sign-out-everywhere.client";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const session = await requireSession();
  // Clinic admins hold no sessions, so they have no calendar feed.
  const hasSessions = session.actor.role !== "admin";
  if (hasSessions) await getQueryClient().prefetchQuery(trpc.calendarFeed.get.queryOptions());
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <PageHeader title="Your account" />
        <Card title="You">
          <DescriptionList
            items={[
              { term: "Name", detail: session.actor.name },
              { term: "Role", detail: ROLE_LABELS[session.actor.role] },
              { term: "Clinic", detail: session.clinicName },
              {
                term: "Automatic sign-out",
                detail: `After ${session.idleTimeoutMinutes} minutes without activity, and always after 12 hours.`,
              },
            ]}
          />
        </Card>
        {hasSessions ? <CalendarFeedCard timeZone={session.clinicTimeZone} /> : null}
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
