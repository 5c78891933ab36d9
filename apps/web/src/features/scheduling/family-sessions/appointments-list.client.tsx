"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";

import { Alert, Badge, Button, buttonClasses, EmptyState } from "@carryover/ui";

import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import type { Booking } from "~/features/scheduling/types";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { clockTime, dayAndTime, longDay, zoneName } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { CancelDialog } from "./cancel-dialog.client";
import { appointmentRanges } from "./ranges";
import { RescheduleDialog } from "./reschedule-dialog.client";

type Notice = { tone: "success" | "warning" | "error"; title: string; text?: string };

/** The video link shows from an hour before; the room itself opens 10 minutes before. */
const VIDEO_LINK_EARLY_MS = 60 * 60_000;

export function AppointmentsList({ at }: { at: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useFamilyTimeZone();
  const ranges = appointmentRanges(at);
  const upcoming = useQuery(trpc.booking.list.queryOptions(ranges.upcoming));
  const past = useQuery(trpc.booking.list.queryOptions(ranges.past));
  const types = useQuery(trpc.sessionType.list.queryOptions());
  const leave = useMutation(trpc.group.leave.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const [moving, setMoving] = useState<Booking | null>(null);
  const now = useMinuteClock(at);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
    ]);

  if (upcoming.isPending || past.isPending || types.isPending || !timeZone)
    return <ListSkeleton rows={4} label="Loading your sessions" />;
  if (upcoming.isError || past.isError || types.isError) {
    return (
      <QueryError
        error={upcoming.error ?? past.error ?? types.error}
        what="your sessions"
        onRetry={() => {
          void upcoming.refetch();
          void past.refetch();
          void types.refetch();
        }}
      />
    );
  }

  const coming = upcoming.data.filter((b) => +b.end > now);
  const earlier = past.data
    .filter((b) => +b.end <= now)
    .sort((a, b) => +b.start - +a.start)
    .slice(0, 5);

  async function leaveGroup(booking: Booking) {
    setNotice(null);
    try {
      for (const child of booking.children)
        await leave.mutateAsync({ appointmentId: booking.id, childId: child.childId });
      setNotice({
        tone: "success",
        title: "You've left the group.",
        text: `${booking.sessionTypeName} on ${dayAndTime(booking.start, timeZone ?? "UTC")} is no longer in your sessions.`,
      });
      await refresh();
    } catch (error) {
      setNotice({
        tone: "error",
        title: "We couldn't take you out of the group.",
        text: describeError(error).message,
      });
    }
  }

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <p className="text-stone-600">Times are in {zoneName(timeZone)}.</p>
      <div aria-live="polite">
        {notice ? (
          <Alert tone={notice.tone} title={notice.title}>
            {notice.text}
          </Alert>
        ) : null}
      </div>

      <section className="flex flex-col gap-3" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-xl font-semibold text-stone-900">
          Upcoming
        </h2>
        {coming.length === 0 ? (
          <EmptyState
            title="No sessions booked yet"
            description="When you book a session it shows up here, with a way to move or cancel it."
            action={
              <Link href="/family/book" className={buttonClasses({ size: "lg" })}>
                Book a session
              </Link>
            }
          />
        ) : (
          <ul className="flex flex-col gap-3">
            {coming.map((booking) => {
              const open = booking.status === "scheduled" && +booking.start > now;
              const group = booking.kind === "group";
              const video =
                booking.modality === "telehealth" &&
                booking.status === "scheduled" &&
                +booking.start - VIDEO_LINK_EARLY_MS <= now;
              return (
                <AppointmentCard key={booking.id} booking={booking} timeZone={timeZone}>
                  {video ? (
                    <Link
                      href={`/sessions/${booking.id}`}
                      className={buttonClasses({ size: "lg", className: "mt-4 w-full" })}
                    >
                      Join the video session
                    </Link>
                  ) : null}
                  {open ? (
                    <div className="mt-4 grid grid-cols-2 gap-3">
                      {group ? (
                        <Button
                          type="button"
                          variant="secondary"
                          className="col-span-2"
                          busy={leave.isPending && leave.variables.appointmentId === booking.id}
                          onClick={() => void leaveGroup(booking)}
                        >
                          Leave this group
                        </Button>
                      ) : (
                        <>
                          <Button
                            type="button"
                            variant="secondary"
                            onClick={() => {
                              setNotice(null);
                              setMoving(booking);
                            }}
                          >
                            Reschedule
                          </Button>
                          <Button
                            type="button"
                            variant="secondary"
                            onClick={() => {
                              setNotice(null);
                              setCancelling(booking);
                            }}
                          >
                            Cancel
                          </Button>
                        </>
                      )}
                    </div>
                  ) : null}
                </AppointmentCard>
              );
            })}
          </ul>
        )}
      </section>

      {earlier.length > 0 ? (
        <section className="flex flex-col gap-3" aria-labelledby="past-heading">
          <h2 id="past-heading" className="text-xl font-semibold text-stone-900">
            Past month
          </h2>
          <ul className="flex flex-col gap-3">
            {earlier.map((booking) => (
              <AppointmentCard key={booking.id} booking={booking} timeZone={timeZone} past>
                {booking.modality === "telehealth" && booking.status !== "cancelled" ? (
                  <Link
                    href={`/sessions/${booking.id}/summary`}
                    className="mt-3 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
                  >
                    What changed and what&apos;s next
                  </Link>
                ) : null}
              </AppointmentCard>
            ))}
          </ul>
        </section>
      ) : null}

      {cancelling ? (
        <CancelDialog
          booking={cancelling}
          timeZone={timeZone}
          onClose={() => setCancelling(null)}
          onCancelled={async (late) => {
            const when = dayAndTime(cancelling.start, timeZone);
            setCancelling(null);
            setNotice(
              late
                ? {
                    tone: "warning",
                    title: "Session cancelled. It counts as a late cancellation.",
                    text: `${cancelling.sessionTypeName} on ${when} was cancelled inside the notice window. Your clinic may follow up about its late-cancellation policy.`,
                  }
                : {
                    tone: "success",
                    title: "Session cancelled free of charge.",
                    text: `${cancelling.sessionTypeName} on ${when} is cancelled and the therapist can see why.`,
                  },
            );
            await refresh();
          }}
        />
      ) : null}

      {moving ? (
        <RescheduleDialog
          booking={moving}
          sessionType={types.data.find((t) => t.id === moving.sessionTypeId)}
          timeZone={timeZone}
          onClose={() => setMoving(null)}
          onMoved={async (start) => {
            setMoving(null);
            setNotice({
              tone: "success",
              title: "Session moved.",
              text: `${moving.sessionTypeName} is now on ${dayAndTime(start, timeZone)} with ${moving.therapistName}.`,
            });
            await refresh();
          }}
        />
      ) : null}
    </div>
  );
}

/** The current time, moving on once a minute, so a session that has started loses its buttons. */
function useMinuteClock(initial: number): number {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const STATUS: Record<
  Booking["status"],
  { label: string; tone: "brand" | "neutral" | "danger" | "success" }
> = {
  scheduled: { label: "Booked", tone: "brand" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  completed: { label: "Done", tone: "success" },
  no_show: { label: "Missed", tone: "danger" },
};

function AppointmentCard({
  booking,
  timeZone,
  past = false,
  children,
}: {
  booking: Booking;
  timeZone: string;
  past?: boolean;
  children?: ReactNode;
}) {
  const status =
    booking.status === "cancelled" && booking.lateCancellation
      ? { label: "Cancelled (late)", tone: "danger" as const }
      : booking.status === "scheduled" && past
        ? { label: "Past", tone: "neutral" as const }
        : STATUS[booking.status];
  const names = booking.children.map((c) => c.firstName).join(" and ");
  return (
    <li
      aria-label={`${booking.sessionTypeName}, ${dayAndTime(booking.start, timeZone)}`}
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-stone-600">{longDay(booking.start, timeZone)}</p>
          <p className="text-2xl font-semibold text-stone-900">
            {clockTime(booking.start, timeZone)}
            <span className="text-lg font-normal text-stone-600">
              {" "}
              to {clockTime(booking.end, timeZone)}
            </span>
          </p>
        </div>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="mt-2 text-lg text-stone-900">
        {booking.sessionTypeName}
        {names ? ` for ${names}` : ""}
      </p>
      <p className="text-stone-700">
        With {booking.therapistName} · {MODALITY_LABELS_FOR_FAMILIES[booking.modality]}
      </p>
      {children}
    </li>
  );
}
