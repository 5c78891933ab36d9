import type { Metadata } from "next";

import { Alert } from "@carryover/ui";

import { isVideoOn } from "~/env";
import { LiveSessionRoom } from "~/features/live-session/live-session-room.client";
import { loadLiveSession } from "~/features/live-session/load-live-session";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Video session" };

export default async function LiveSessionPage({
  params,
}: {
  params: Promise<{ appointmentId: string }>;
}) {
  const auth = await requireAuth();
  const { appointmentId } = await params;
  if (!isVideoOn())
    return (
      <Alert tone="warning" title="Video is not configured">
        <p>
          This Carryover server runs without video. Ask your clinic&apos;s administrator to set up
          LiveKit for video sessions.
        </p>
      </Alert>
    );
  await loadLiveSession(appointmentId);
  // The lobby names the clinic's phone when video cannot start: it is there before anything fails.
  await getQueryClient().prefetchQuery(trpc.clinic.contact.queryOptions());
  return (
    <HydrateClient>
      <LiveSessionRoom
        appointmentId={appointmentId}
        today={todayInZone(auth.clinicTimeZone)}
        timeZone={auth.clinicTimeZone}
      />
    </HydrateClient>
  );
}
