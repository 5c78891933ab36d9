import type { Metadata } from "next";
import Link from "next/link";

import { can } from "@carryover/domain/access";
import { buttonClasses, PageHeader } from "@carryover/ui";

import { loadChild } from "~/features/children/load-child";
import { FamilyGoals } from "~/features/clinical-notes/family-goals/family-goals";
import { practiceRange } from "~/features/home-program/progress/progress-data";
import { ProgressView } from "~/features/home-program/progress/progress-view.client";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({ params }: { params: Promise<{ childId: string }> }) {
  const auth = await requireAuth();
  const { childId } = await params;
  const child = await loadChild(childId);
  const today = todayInZone(auth.clinicTimeZone);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.program.get.queryOptions({ childId })),
    queryClient.prefetchQuery(trpc.progression.get.queryOptions({ childId })),
  ]);
  const startDate = queryClient.getQueryData(trpc.program.get.queryKey({ childId }))?.program
    ?.startDate;
  if (startDate)
    await queryClient.prefetchQuery(
      trpc.practice.list.queryOptions({ childId, ...practiceRange(startDate, today) }),
    );
  return (
    <HydrateClient>
      <PageHeader
        title={`${child.firstName}'s progress`}
        description="Levels, steps, practice time and the family's check-ins since the home program started."
        actions={
          <Link href={`/children/${childId}`} className={buttonClasses({ variant: "secondary" })}>
            Back to {child.firstName}
          </Link>
        }
      />
      {can(auth.actor.role, "readFamilyVersions") ? (
        <FamilyGoals childId={childId} childName={child.firstName} />
      ) : null}
      <ProgressView childId={childId} childName={child.firstName} today={today} />
    </HydrateClient>
  );
}
