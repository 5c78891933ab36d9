import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { GroupsList } from "~/features/scheduling/groups/groups-list.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Group sessions" };

export default async function GroupsPage() {
  await requireAuth(["guardian"]);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.group.list.queryOptions()),
    queryClient.prefetchQuery(trpc.child.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader
        title="Group sessions"
        description="Small groups where children practise together with a therapist. Sign up for a seat, or join the waitlist when a group is full."
      />
      <GroupsList />
    </HydrateClient>
  );
}
