import type { Metadata } from "next";

import { LiveSessionRoom } from "~/features/live-session/live-session-room.client";
import { loadLiveSession } from "~/features/live-session/load-live-session";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Video session" };

export default async function LiveSessionPage({
  params,
}: {
  params: Promise<{ appointmentId: string }>;
}) {
  const auth = await requireAuth();
  const { appointmentId } = await params;
  await loadLiveSession(appointmentId);
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
