import type { Metadata } from "next";

import { TherapistDashboard } from "~/features/home-program/attention/therapist-dashboard";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function TherapistHomePage() {
  const auth = await requireAuth(["therapist"]);
  const queryClient = getQueryClient();
  const [children] = await Promise.all([
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.prefetchQuery(trpc.progression.caseload.queryOptions()),
  ]);
  return <TherapistDashboard caseload={children} today={todayInZone(auth.clinicTimeZone)} />;
}
