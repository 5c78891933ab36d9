"use client";

import { useState, type ReactNode } from "react";

import { Alert } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { AppointmentDialog, type OpenAppointment } from "./appointment-dialog.client";
import { CalendarHeader, type CalendarNav } from "./calendar-header.client";
import { CalendarLegend } from "./calendar-legend.client";
import type { Booking, ChildOption, GridColumn, SessionTypeOption } from "./calendar-types";
import { NewAppointmentDialog } from "./new-appointment-dialog.client";
import type { NewAppointmentTarget } from "./new-appointment-form";
import { TimeGrid, TimeGridSkeleton } from "./time-grid.client";

type Props = {
  nav: CalendarNav;
  /** The zone the grid is drawn in. */
  timeZone: string;
  columns: GridColumn[] | undefined;
  skeletonColumns: number;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  childOptions: ChildOption[];
  sessionTypes: SessionTypeOption[];
  /** The "New session" button books with this therapist; without it only open time books. */
  newAppointment?: Omit<NewAppointmentTarget, "start">;
  showTherapist?: boolean;
  gridLabel: string;
  emptyMessage: ReactNode;
  noHoursMessage?: ReactNode;
};

/** What the last booking or change did, until the next one or Dismiss. */
function CalendarNotice({ notice, onDismiss }: { notice: string | null; onDismiss: () => void }) {
  return (
    <div aria-live="polite">
      {notice ? (
        <Alert tone="success">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p>{notice}</p>
            <button
              type="button"
              onClick={onDismiss}
              className="rounded text-sm font-medium underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              Dismiss
            </button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}

/** The staff calendar around a time grid: navigation, the cancelled toggle, and the session dialogs. */
export function CalendarBoard({
  columns,
  showTherapist = false,
  newAppointment,
  childOptions,
  sessionTypes,
  ...props
}: Props) {
  const [showCancelled, setShowCancelled] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [target, setTarget] = useState<NewAppointmentTarget | null>(null);
  const [open, setOpen] = useState<OpenAppointment | null>(null);

  const sessions = columns?.flatMap((c) => c.sessions) ?? [];
  const cancelledCount = sessions.filter((b) => b.status === "cancelled").length;
  const shown = sessions.filter((b) => showCancelled || b.status !== "cancelled");
  const hasHours = columns?.some((c) => c.available.length > 0) ?? true;

  function openAppointment(booking: Booking, column: GridColumn) {
    setNotice(null);
    setOpen({ booking, timeZone: column.therapistTimeZone });
  }

  function createAt(column: GridColumn, start: Date) {
    setNotice(null);
    setTarget({
      therapistId: column.therapistId,
      therapistName: column.therapistName,
      timeZone: column.therapistTimeZone,
      date: column.date,
      start,
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <CalendarHeader
        nav={props.nav}
        timeZone={props.timeZone}
        toolbar={props.toolbar}
        onNewAppointment={
          newAppointment
            ? () => {
                setNotice(null);
                setTarget({ ...newAppointment, start: null });
              }
            : undefined
        }
      />
      <CalendarNotice notice={notice} onDismiss={() => setNotice(null)} />

      {props.error ? (
        <QueryError error={props.error} what="the calendar" onRetry={props.onRetry} />
      ) : !columns ? (
        <TimeGridSkeleton columns={props.skeletonColumns} />
      ) : (
        <>
          <CalendarLegend
            canAdd={Boolean(newAppointment) || showTherapist}
            cancelledCount={cancelledCount}
            showCancelled={showCancelled}
            onShowCancelled={setShowCancelled}
          />
          {shown.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-3 text-stone-700">
              {props.emptyMessage}
            </p>
          ) : null}
          {!hasHours && props.noHoursMessage ? (
            <Alert tone="info">{props.noHoursMessage}</Alert>
          ) : null}
          <TimeGrid
            columns={columns}
            timeZone={props.timeZone}
            showCancelled={showCancelled}
            showTherapist={showTherapist}
            label={props.gridLabel}
            onOpenAppointment={openAppointment}
            onCreateAt={createAt}
          />
        </>
      )}

      <NewAppointmentDialog
        target={target}
        onClose={() => setTarget(null)}
        childOptions={childOptions}
        sessionTypes={sessionTypes}
        onBooked={setNotice}
      />
      <AppointmentDialog
        open={open}
        onClose={() => setOpen(null)}
        sessionTypes={sessionTypes}
        onChanged={setNotice}
      />
    </div>
  );
}
