import type { Metadata } from "next";

import { Conversation } from "~/features/messaging/conversation.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Messages" };

export default async function FamilyConversationPage({
  params,
}: {
  params: Promise<{ childId: string }>;
}) {
  await requireAuth(["guardian"]);
  const { childId } = await params;
  await getQueryClient().prefetchQuery(trpc.message.get.queryOptions({ childId }));
  return (
    <HydrateClient>
      <Conversation childId={childId} back="/family/messages" />
    </HydrateClient>
  );
}
