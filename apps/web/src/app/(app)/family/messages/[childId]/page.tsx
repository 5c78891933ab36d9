import type { Metadata } from "next";

import { aboutOf } from "~/features/messaging/about-activity";
import { Conversation } from "~/features/messaging/conversation.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Messages" };

export default async function FamilyConversationPage({
  params,
  searchParams,
}: {
  params: Promise<{ childId: string }>;
  searchParams: Promise<{ activity?: string; appointment?: string; about?: string }>;
}) {
  await requireAuth(["guardian"]);
  const { childId } = await params;
  await getQueryClient().prefetchQuery(trpc.message.get.queryOptions({ childId }));
  return (
    <HydrateClient>
      <Conversation childId={childId} back="/family/messages" about={aboutOf(await searchParams)} />
    </HydrateClient>
  );
}
