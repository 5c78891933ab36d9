import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { BookFlow } from "~/features/scheduling/booking-flow/book-flow.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Book a session" };

export default async function BookPage() {
  await requireAuth(["guardian"]);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.child.list.queryOptions()),
    queryClient.prefetchQuery(trpc.sessionType.list.queryOptions()),
    queryClient.prefetchQuery(trpc.therapist.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader title="Book a session" />
      <BookFlow />
    </HydrateClient>
  );
}
