"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";

import type { StaffNotification } from "@carryover/api/contracts/notification";
import { describeFamilyChange } from "@carryover/domain/notices";
import { Badge, Button, Card, EmptyState } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { dayAndTime, timeAgo } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";

const mondayOf = (date: string) => {
  const day = new Date(`${date}T12:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  return new Date(+day - (weekday - 1) * 86_400_000).toISOString().slice(0, 10);
};

/** The therapist's notices of families' bookings, moves and cancellations, newest first. */
export function NotificationsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.notification.list.queryOptions());
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() }),
    }),
  );
  if (data.notifications.length === 0)
    return (
      <EmptyState
        title="No notifications yet"
        description="When a family books, moves or cancels one of your sessions, you'll see it here."
      />
    );
  return (
    <Card
      title={data.unread === 1 ? "1 unread" : `${data.unread} unread`}
      actions={
        data.unread > 0 ? (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            busy={markRead.isPending}
            onClick={() => markRead.mutate({})}
          >
            Mark all as read
          </Button>
        ) : null
      }
    >
      <ul aria-label="Notifications" className="flex flex-col divide-y divide-stone-200">
        {data.notifications.map((n) => (
          <NotificationItem
            key={n.id}
            notification={n}
            busy={markRead.isPending}
            onRead={() => markRead.mutate({ ids: [n.id] })}
          />
        ))}
      </ul>
    </Card>
  );
}

function NotificationItem({
  notification: n,
  busy,
  onRead,
}: {
  notification: StaffNotification;
  busy: boolean;
  onRead: () => void;
}) {
  const cycle = useHourCycle();
  const unread = n.readAt === null;
  const text = describeFamilyChange(n, (at) => dayAndTime(at, n.timeZone, cycle));
  const week = mondayOf(new Intl.DateTimeFormat("en-CA", { timeZone: n.timeZone }).format(n.start));
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className={unread ? "font-semibold text-stone-900" : "text-stone-700"}>
          {unread ? (
            <Badge tone="brand" className="mr-2">
              New
            </Badge>
          ) : null}
          {text}
        </p>
        <p className="text-sm text-stone-600">
          {timeAgo(n.createdAt, new Date())} ·{" "}
          <Link href={`/therapist/calendar?week=${week}`} className="text-brand-700 underline">
            See it on your calendar
          </Link>
        </p>
      </div>
      {unread ? (
        <Button type="button" variant="ghost" size="sm" disabled={busy} onClick={onRead}>
          Mark as read
        </Button>
      ) : null}
    </li>
  );
}
