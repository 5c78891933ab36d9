import type { Metadata } from "next";

import { LiveSessionSummaryView } from "~/features/live-session/live-session-summary.client";
import { loadLiveSession } from "~/features/live-session/load-live-session";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Session summary" };

export default async function LiveSessionSummaryPage({
  params,
}: {
  params: Promise<{ appointmentId: string }>;
}) {
  await requireAuth();
  const { appointmentId } = await params;
  const liveSession = await loadLiveSession(appointmentId);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.liveSession.summary.queryOptions({ appointmentId })),
    liveSession.role === "therapist"
      ? queryClient.prefetchQuery(trpc.liveSession.attendance.queryOptions({ appointmentId }))
      : null,
  ]);
  return (
    <HydrateClient>
      <LiveSessionSummaryView appointmentId={appointmentId} />
    </HydrateClient>
  );
}
