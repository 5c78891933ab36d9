import type { Metadata } from "next";

import { todayInZone } from "~/lib/format";
import { requireSession } from "~/server/session";
import { HydrateClient } from "~/trpc/server";
import { loadSession } from "./load-session";
import { SessionRoom } from "./session-room.client";

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
