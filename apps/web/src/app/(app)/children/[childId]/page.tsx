import type { Metadata } from "next";

import { can } from "@carryover/domain/access";
import { isStaff } from "@carryover/domain/identity";

import { ChildRecord } from "~/features/children/child-record";
import { loadChild } from "~/features/children/load-child";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Child" };

export default async function ChildPage({ params }: { params: Promise<{ childId: string }> }) {
  const auth = await requireAuth();
  const { childId } = await params;
  const child = await loadChild(childId);
  const isAdmin = can(auth.actor.role, "administerClinic");
  const keepsBilling = can(auth.actor.role, "manageBilling");
  const [staff] = await Promise.all([
    isAdmin ? getQueryClient().fetchQuery(trpc.staff.list.queryOptions()) : Promise.resolve([]),
    getQueryClient().prefetchQuery(trpc.program.get.queryOptions({ childId })),
    getQueryClient().prefetchQuery(trpc.practiceVideo.list.queryOptions({ childId })),
    getQueryClient().prefetchQuery(trpc.child.emergencyContact.queryOptions({ childId })),
    keepsBilling
      ? getQueryClient().prefetchQuery(trpc.authorization.list.queryOptions({ childId }))
      : null,
    keepsBilling
      ? getQueryClient().prefetchQuery(trpc.coverage.list.queryOptions({ childId }))
      : null,
  ]);
  return (
    <HydrateClient>
      <ChildRecord
        child={child}
        staff={staff}
        viewer={{
          userId: auth.actor.userId,
          isAdmin,
          keepsBilling,
          isGuardian: !isStaff(auth.actor.role),
        }}
        timeZone={auth.clinicTimeZone}
        today={todayInZone(auth.clinicTimeZone)}
      />
    </HydrateClient>
  );
}
