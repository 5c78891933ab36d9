import type { Metadata } from "next";

import { Conversation } from "~/features/messaging/conversation.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Messages" };

export default async function StaffConversationPage({
  params,
}: {
  params: Promise<{ childId: string }>;
}) {
  await requireAuth(["admin", "therapist"]);
  const { childId } = await params;
  await getQueryClient().prefetchQuery(trpc.message.get.queryOptions({ childId }));
  return (
    <HydrateClient>
      <Conversation childId={childId} back="/messages" />
    </HydrateClient>
  );
}
