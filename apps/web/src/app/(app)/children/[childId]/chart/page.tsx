import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { can } from "@carryover/domain/access";

import { loadChild } from "~/features/children/load-child";
import { chartTabOf } from "~/features/clinical-notes/chart/chart-tabs";
import { ChartView } from "~/features/clinical-notes/chart/chart-view";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Chart" };

export default async function ChartPage({
  params,
  searchParams,
}: {
  params: Promise<{ childId: string }>;
  searchParams: Promise<{ tab?: string | string[] }>;
}) {
  const auth = await requireAuth();
  if (!can(auth.actor.role, "readClinicalRecord")) notFound();
  const [{ childId }, { tab }] = await Promise.all([params, searchParams]);
  const child = await loadChild(childId);
  const queries = getQueryClient();
  await Promise.all([
    queries.prefetchQuery(trpc.documentation.due.queryOptions({ childId })),
    queries.prefetchQuery(trpc.diagnosis.list.queryOptions({ childId })),
  ]);
  return (
    <HydrateClient>
      <ChartView
        chart={{
          childId,
          firstName: child.firstName,
          timeZone: auth.clinicTimeZone,
          today: todayInZone(auth.clinicTimeZone),
          // A supervising OT reads their assistant's child's chart; its own therapists write it.
          canWrite: can(auth.actor.role, "writeClinicalRecord") && child.canManage,
        }}
        fullName={`${child.firstName} ${child.lastName}`}
        tab={chartTabOf(tab)}
      />
    </HydrateClient>
  );
}
