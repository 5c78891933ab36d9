import type { Metadata } from "next";

import { SessionRoom } from "~/features/live-session/live-session-room.client";
import { loadSession } from "~/features/live-session/load-live-session";
import { todayInZone } from "~/lib/time";
import { requireSession } from "~/server/session";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Video session" };

export default async function VideoSessionPage({
  params,
}: {
  params: Promise<{ appointmentId: string }>;
}) {
  const session = await requireSession();
  const { appointmentId } = await params;
  await loadSession(appointmentId);
  return (
    <HydrateClient>
      <SessionRoom
        appointmentId={appointmentId}
        today={todayInZone(session.clinicTimeZone)}
        timeZone={session.clinicTimeZone}
      />
    </HydrateClient>
  );
}
