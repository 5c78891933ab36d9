import type { Metadata } from "next";

import { isStaff } from "@carryover/domain/identity";
import { PageHeader } from "@carryover/ui";

import { loadChild } from "~/features/children/load-child";
import { CheckInForm } from "~/features/home-program/check-in/check-in-form.client";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Check-in" };

export default async function CheckInPage({ params }: { params: Promise<{ childId: string }> }) {
  const auth = await requireAuth();
  const { childId } = await params;
  const child = await loadChild(childId);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.program.get.queryOptions({ childId })),
    queryClient.prefetchQuery(trpc.progression.get.queryOptions({ childId })),
  ]);
  return (
    <HydrateClient>
      <div className="mx-auto flex w-full max-w-xl flex-col">
        <PageHeader
          title={`How is it going for ${child.firstName}?`}
          description="A few quick ratings of your goals. They show your therapist what is getting easier at home."
        />
        <CheckInForm
          childId={childId}
          childName={child.firstName}
          today={todayInZone(auth.clinicTimeZone)}
          guardian={!isStaff(auth.actor.role)}
        />
      </div>
    </HydrateClient>
  );
}
