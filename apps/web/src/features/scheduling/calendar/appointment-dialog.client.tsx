"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";

import { Alert, Button, buttonClasses, ConfirmButton } from "@carryover/ui";

import { SESSION_KIND_LABELS } from "~/features/scheduling/labels";
import { Dialog } from "~/lib/dialog.client";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { formatCents } from "~/lib/money";
import { clockTime, dayAndDate, zoneInWords } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { firstNames } from "./appointment-label";
import { AppointmentSummary } from "./appointment-summary.client";
import type { Booking, SessionTypeOption } from "./calendar-types";
import { CancelForm } from "./cancel-form.client";
import { MoveForm } from "./move-form.client";

type Mode = "view" | "move" | "cancel";

export type OpenAppointment = { booking: Booking; timeZone: string };

/** What a staff member sees of one session, and moving, cancelling or marking it a no-show. */
export function AppointmentDialog({
  open,
  onClose,
  sessionTypes,
  onChanged,
}: {
  open: OpenAppointment | null;
  onClose: () => void;
  sessionTypes: SessionTypeOption[];
  onChanged: (message: string) => void;
}) {
  const booking = open?.booking;
  return (
    <Dialog
      open={open !== null}
      onClose={onClose}
      title={
        booking?.groupName
          ? booking.groupName
          : booking
            ? `${SESSION_KIND_LABELS[booking.kind]}${booking.children.length ? ` with ${firstNames(booking.children)}` : ""}`
            : "Session"
      }
      description={
        open ? `Times are in ${zoneInWords(open.timeZone, open.booking.start)}.` : undefined
      }
    >
      {open ? (
        <AppointmentDetails
          key={open.booking.id}
          booking={open.booking}
          timeZone={open.timeZone}
          sessionType={sessionTypes.find((t) => t.id === open.booking.sessionTypeId)}
          onClose={onClose}
          onChanged={onChanged}
        />
      ) : null}
    </Dialog>
  );
}

/** The buttons under a session: close, the video room or summary, no-show, cancel and move. */
function AppointmentActions({
  booking,
  when,
  now,
  onClose,
  onMarkNoShow,
  onMode,
}: {
  booking: Booking;
  when: string;
  now: number;
  onClose: () => void;
  onMarkNoShow: () => Promise<void>;
  onMode: (mode: Mode) => void;
}) {
  const upcoming = booking.status === "scheduled" && +booking.start > now;
  const started = booking.status === "scheduled" && +booking.start <= now;
  const noShowFee =
    booking.noShowFeeCents === null
      ? ""
      : ` A ${formatCents(booking.noShowFeeCents)} no-show fee will be added to the family's balance.`;
  return (
    <div className="flex flex-col-reverse gap-3 sm:flex-row sm:flex-wrap sm:justify-end">
      <Button type="button" variant="secondary" onClick={onClose}>
        Close
      </Button>
      {booking.modality === "telehealth" && booking.status !== "cancelled" ? (
        <Link
          href={`/sessions/${booking.id}${booking.status === "scheduled" ? "" : "/summary"}`}
          className={buttonClasses({ variant: "secondary" })}
        >
          {booking.status === "scheduled" ? "Open the video room" : "Session summary"}
        </Link>
      ) : null}
      {started ? (
        <ConfirmButton
          title="Record a no-show?"
          description={`The session on ${when} is recorded as a no-show for ${firstNames(booking.children) || "the family"}.${noShowFee}`}
          confirmLabel="Record no-show"
          tone="danger"
          onConfirm={onMarkNoShow}
        >
          Mark as no-show
        </ConfirmButton>
      ) : null}
      {upcoming ? (
        <>
          <Button type="button" variant="danger" onClick={() => onMode("cancel")}>
            Cancel session
          </Button>
          {booking.kind === "group" ? null : (
            <Button type="button" onClick={() => onMode("move")}>
              Move session
            </Button>
          )}
        </>
      ) : null}
    </div>
  );
}

function AppointmentDetails({
  booking,
  timeZone,
  sessionType,
  onClose,
  onChanged,
}: {
  booking: Booking;
  timeZone: string;
  sessionType: SessionTypeOption | undefined;
  onClose: () => void;
  onChanged: (message: string) => void;
}) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("view");
  const [problem, setProblem] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const when = `${dayAndDate(booking.start, timeZone)}, ${clockTime(booking.start, timeZone, cycle)} to ${clockTime(booking.end, timeZone, cycle)}`;

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
    ]);
  const noShow = useMutation(trpc.booking.markNoShow.mutationOptions({ onSuccess: refresh }));
  const done = (message: string) => {
    onChanged(message);
    onClose();
  };

  async function markNoShow() {
    setProblem(null);
    try {
      await noShow.mutateAsync({ appointmentId: booking.id });
      done(`Recorded that ${firstNames(booking.children) || "the family"} didn't come on ${when}.`);
    } catch (error) {
      setProblem(`Nothing changed. ${describeError(error).message}`);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <AppointmentSummary booking={booking} when={when} />
      {problem ? <Alert tone="error">{problem}</Alert> : null}

      {mode === "move" ? (
        <MoveForm
          booking={booking}
          timeZone={timeZone}
          sessionType={sessionType}
          onBack={() => setMode("view")}
          onMoved={done}
          refresh={refresh}
        />
      ) : mode === "cancel" ? (
        <CancelForm
          booking={booking}
          when={when}
          sessionType={sessionType}
          onBack={() => setMode("view")}
          onCancelled={done}
          refresh={refresh}
        />
      ) : (
        <AppointmentActions
          booking={booking}
          when={when}
          now={now}
          onClose={onClose}
          onMarkNoShow={markNoShow}
          onMode={setMode}
        />
      )}
    </div>
  );
}
