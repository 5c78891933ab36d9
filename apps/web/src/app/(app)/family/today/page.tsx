import type { Metadata } from "next";

import { NoChildrenYet } from "~/features/children/no-children-yet";
import { FamilyToday } from "~/features/home-program/today/family-today";
import { todaysRange } from "~/features/home-program/today/todays-range";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage({
  searchParams,
}: {
  searchParams: Promise<{ child?: string; "not-saved"?: string }>;
}) {
  const auth = await requireAuth(["guardian"]);
  const queryClient = getQueryClient();
  const children = await queryClient.fetchQuery(trpc.child.list.queryOptions());
  const { child: wanted, "not-saved": notSaved } = await searchParams;
  const child = children.find((c) => c.id === wanted) ?? children[0];
  if (!child) return <NoChildrenYet />;
  const today = todayInZone(auth.clinicTimeZone);
  const [progress] = await Promise.all([
    queryClient.fetchQuery(trpc.progression.get.queryOptions({ childId: child.id })),
    queryClient.prefetchQuery(trpc.program.get.queryOptions({ childId: child.id })),
    queryClient.prefetchQuery(trpc.practice.list.queryOptions(todaysRange(child.id, today))),
    queryClient.prefetchQuery(trpc.practice.open.queryOptions({ childId: child.id })),
  ]);
  return (
    <HydrateClient>
      <FamilyToday
        familyChildren={children}
        child={child}
        today={today}
        timeZone={auth.clinicTimeZone}
        queueName={`carryover.practice.${auth.actor.userId}`}
        formKey={crypto.randomUUID()}
        renderedAt={new Date()}
        notSaved={notSaved !== undefined}
        doseThisWeek={progress?.dose.at(-1) ?? null}
      />
    </HydrateClient>
  );
}
