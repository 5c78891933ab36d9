import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses, PageHeader } from "@carryover/ui";

import { sessionRanges } from "~/features/scheduling/family-sessions/ranges";
import { SessionsList } from "~/features/scheduling/family-sessions/sessions-list.client";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My sessions" };

export default async function SessionsPage() {
  await requireSession(["guardian"]);
  // One instant for server and browser, so the prefetched lists are the ones the page asks for.
  const at = Math.floor(+new Date() / 60_000) * 60_000;
  const ranges = sessionRanges(at);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.booking.list.queryOptions(ranges.upcoming)),
    queryClient.prefetchQuery(trpc.booking.list.queryOptions(ranges.past)),
    queryClient.prefetchQuery(trpc.sessionType.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader
        title="My sessions"
        actions={
          <Link href="/family/book" className={buttonClasses({ size: "lg" })}>
            Book a session
          </Link>
        }
      />
      <SessionsList at={at} />
    </HydrateClient>
  );
}
