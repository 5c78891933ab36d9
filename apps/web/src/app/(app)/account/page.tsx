import type { Metadata } from "next";

import { can } from "@carryover/domain/access";

import { AccountOverview } from "~/features/identity/account-overview";
import { FamilyChangeEmails } from "~/features/notices/family-change-emails.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const auth = await requireAuth();
  // Clinic admins hold no sessions, so they have no calendar feed.
  const hasSessions = can(auth.actor.role, "holdSessions");
  const queries = getQueryClient();
  await Promise.all([
    queries.prefetchQuery(trpc.account.listSignIns.queryOptions()),
    queries.prefetchQuery(trpc.account.get.queryOptions()),
    queries.prefetchQuery(trpc.twoFactor.get.queryOptions()),
    hasSessions ? queries.prefetchQuery(trpc.calendarFeed.get.queryOptions()) : null,
  ]);
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
      {auth.actor.role === "therapist" ? <FamilyChangeEmails /> : null}
    </HydrateClient>
  );
}
