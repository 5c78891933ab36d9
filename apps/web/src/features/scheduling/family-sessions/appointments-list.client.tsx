"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "@carryover/ui";

import type { Booking } from "~/features/scheduling/types";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { zoneName } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { cancelledNotice, movedNotice, type Notice } from "./appointment-notices";
import { CancelDialog } from "./cancel-dialog.client";
import { PastAppointments } from "./past-appointments";
import { appointmentRanges, comingAndEarlier } from "./ranges";
import { RescheduleDialog } from "./reschedule-dialog.client";
import { UpcomingAppointments } from "./upcoming-appointments.client";
import { useLeaveGroup } from "./use-leave-group";
import { useMinuteClock } from "./use-minute-clock";

export function AppointmentsList({ at, clinicName }: { at: number; clinicName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useFamilyTimeZone();
  const cycle = useHourCycle();
  const ranges = appointmentRanges(at);
  const upcoming = useQuery(trpc.booking.list.queryOptions(ranges.upcoming));
  const past = useQuery(trpc.booking.list.queryOptions(ranges.past));
  const types = useQuery(trpc.sessionType.list.queryOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const [moving, setMoving] = useState<Booking | null>(null);
  const now = useMinuteClock(at);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
    ]);
  const { leaveGroup, leavingId } = useLeaveGroup(setNotice, refresh);

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

  const { coming, earlier } = comingAndEarlier(upcoming.data, past.data, now);

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

      <UpcomingAppointments
        coming={coming}
        now={now}
        timeZone={timeZone}
        clinicName={clinicName}
        leavingId={leavingId}
        onLeave={(booking) => void leaveGroup(booking, timeZone)}
        onMove={(booking) => {
          setNotice(null);
          setMoving(booking);
        }}
        onCancel={(booking) => {
          setNotice(null);
          setCancelling(booking);
        }}
      />

      <PastAppointments earlier={earlier} timeZone={timeZone} clinicName={clinicName} />

      {cancelling ? (
        <CancelDialog
          booking={cancelling}
          timeZone={timeZone}
          onClose={() => setCancelling(null)}
          onCancelled={async ({ late, feeCents }) => {
            setCancelling(null);
            setNotice(cancelledNotice(cancelling, late, timeZone, cycle, feeCents));
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
            setNotice(movedNotice(moving, start, timeZone, cycle));
            await refresh();
          }}
        />
      ) : null}
    </div>
  );
}
