import type { Metadata } from "next";
import Link from "next/link";

import { cn, EmptyState, PageHeader } from "@carryover/ui";

import { TodayView } from "~/features/home-program/today/today-view.client";
import { todaysRange } from "~/features/home-program/today/todays-range";
import { longCalendarDay, todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage({
  searchParams,
}: {
  searchParams: Promise<{ child?: string }>;
}) {
  const auth = await requireAuth(["guardian"]);
  const queryClient = getQueryClient();
  const children = await queryClient.fetchQuery(trpc.child.list.queryOptions());
  const { child: wanted } = await searchParams;
  const child = children.find((c) => c.id === wanted) ?? children[0];
  if (!child)
    return (
      <EmptyState
        title="No children linked to your account yet"
        description="Your clinic links your child to your account. If you expected to see your child here, please contact the clinic."
      />
    );
  const today = todayInZone(auth.clinicTimeZone);
  await Promise.all([
    queryClient.prefetchQuery(trpc.program.get.queryOptions({ childId: child.id })),
    queryClient.prefetchQuery(trpc.practice.list.queryOptions(todaysRange(child.id, today))),
  ]);
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <PageHeader title={`Today with ${child.firstName}`} description={longCalendarDay(today)} />
      {children.length > 1 ? (
        <nav aria-label="Children" className="flex gap-2">
          {children.map((c) => (
            <Link
              key={c.id}
              href={`/family/today?child=${c.id}`}
              aria-current={c.id === child.id ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center rounded-full border px-4 font-medium",
                c.id === child.id
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50",
              )}
            >
              {c.firstName}
            </Link>
          ))}
        </nav>
      ) : null}
      <HydrateClient>
        <TodayView
          key={child.id}
          childId={child.id}
          firstName={child.firstName}
          today={today}
          timeZone={auth.clinicTimeZone}
          queueName={`carryover.practice.${auth.actor.userId}`}
        />
      </HydrateClient>
    </div>
  );
}
