import type { Metadata } from "next";

import { Inbox } from "~/features/messaging/inbox.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Messages" };

export default async function FamilyMessagesPage() {
  await requireAuth(["guardian"]);
  await getQueryClient().prefetchQuery(trpc.message.list.queryOptions());
  return (
    <HydrateClient>
      <Inbox base="/family/messages" forFamily />
    </HydrateClient>
  );
}
