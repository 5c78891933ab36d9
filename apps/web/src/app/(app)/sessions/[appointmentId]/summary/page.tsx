import type { Metadata } from "next";

import { SessionSummaryView } from "~/features/live-session/live-session-summary.client";
import { loadSession } from "~/features/live-session/load-live-session";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Session summary" };

export default async function SessionSummaryPage({
  params,
}: {
  params: Promise<{ appointmentId: string }>;
}) {
  await requireSession();
  const { appointmentId } = await params;
  const session = await loadSession(appointmentId);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.liveSession.summary.queryOptions({ appointmentId })),
    session.role === "therapist"
      ? queryClient.prefetchQuery(trpc.liveSession.attendance.queryOptions({ appointmentId }))
      : null,
  ]);
  return (
    <HydrateClient>
      <SessionSummaryView appointmentId={appointmentId} />
    </HydrateClient>
  );
}
