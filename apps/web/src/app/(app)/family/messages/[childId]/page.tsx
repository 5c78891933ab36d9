import type { Metadata } from "next";

import { aboutActivity } from "~/features/messaging/about-activity";
import { Conversation } from "~/features/messaging/conversation.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Messages" };

export default async function FamilyConversationPage({
  params,
  searchParams,
}: {
  params: Promise<{ childId: string }>;
  searchParams: Promise<{ activity?: string; about?: string }>;
}) {
  await requireAuth(["guardian"]);
  const { childId } = await params;
  const { activity, about } = await searchParams;
  await getQueryClient().prefetchQuery(trpc.message.get.queryOptions({ childId }));
  return (
    <HydrateClient>
      <Conversation
        childId={childId}
        back="/family/messages"
        about={aboutActivity(activity, about)}
      />
    </HydrateClient>
  );
}
