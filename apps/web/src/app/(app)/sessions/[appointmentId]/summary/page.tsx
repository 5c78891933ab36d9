import type { Metadata } from "next";

import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { loadSession } from "../load-session";
import { SessionSummaryView } from "./session-summary.client";

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
