"use client";

import { useState, type ReactNode } from "react";

import { Alert, Button, CheckboxField } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { zoneInWords } from "~/lib/time";
import { AppointmentDialog, type OpenAppointment } from "./appointment-dialog.client";
import type { Booking, ChildOption, GridColumn, SessionTypeOption } from "./calendar-types";
import { NewAppointmentDialog, type NewAppointmentTarget } from "./new-appointment-dialog.client";
import { TimeGrid, TimeGridSkeleton } from "./time-grid.client";

export type CalendarNav = {
  /** "Nov 30 – Dec 6, 2026" or "Tuesday, December 8, 2026". */
  title: string;
  previousLabel: string;
  nextLabel: string;
  currentLabel: string;
  isCurrent: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onCurrent: () => void;
};

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

/** The staff calendar around a time grid: navigation, the cancelled toggle, and the session dialogs. */
export function CalendarBoard({
  nav,
  timeZone,
  columns,
  skeletonColumns,
  error,
  onRetry,
  toolbar,
  childOptions,
  sessionTypes,
  newAppointment,
  showTherapist = false,
  gridLabel,
  emptyMessage,
  noHoursMessage,
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

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <div className="flex flex-col gap-1">
          <h2 className="text-xl font-semibold text-stone-900" aria-live="polite">
            {nav.title}
          </h2>
          <p className="text-sm text-stone-600">Times in {zoneInWords(timeZone, new Date())}.</p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          {toolbar}
          <nav aria-label="Choose the dates" className="flex gap-2">
            <Button type="button" variant="secondary" size="sm" onClick={nav.onPrevious}>
              <span aria-hidden="true">←</span> {nav.previousLabel}
            </Button>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={nav.onCurrent}
              aria-current={nav.isCurrent ? "date" : undefined}
              disabled={nav.isCurrent}
            >
              {nav.currentLabel}
            </Button>
            <Button type="button" variant="secondary" size="sm" onClick={nav.onNext}>
              {nav.nextLabel} <span aria-hidden="true">→</span>
            </Button>
          </nav>
          {newAppointment ? (
            <Button
              type="button"
              size="sm"
              onClick={() => {
                setNotice(null);
                setTarget({ ...newAppointment, start: null });
              }}
            >
              New session
            </Button>
          ) : null}
        </div>
      </div>

      <div aria-live="polite">
        {notice ? (
          <Alert tone="success">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p>{notice}</p>
              <button
                type="button"
                onClick={() => setNotice(null)}
                className="rounded text-sm font-medium underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                Dismiss
              </button>
            </div>
          </Alert>
        ) : null}
      </div>

      {error ? (
        <QueryError error={error} what="the calendar" onRetry={onRetry} />
      ) : !columns ? (
        <TimeGridSkeleton columns={skeletonColumns} />
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
            <div className="flex flex-wrap items-center gap-4 text-sm text-stone-700">
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="size-4 rounded bg-emerald-50 ring-1 ring-emerald-300"
                />
                Open hours{newAppointment || showTherapist ? " (click to add a session)" : ""}
              </span>
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="size-4 rounded border-l-4 border-brand-700 bg-white ring-1 ring-stone-300"
                />
                Session
              </span>
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="size-4 rounded border-l-4 border-violet-600 bg-violet-50"
                />
                Group
              </span>
            </div>
            <CheckboxField
              label={`Show cancelled sessions${cancelledCount ? ` (${cancelledCount})` : ""}`}
              checked={showCancelled}
              onChange={(event) => setShowCancelled(event.target.checked)}
            />
          </div>
          {shown.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-3 text-stone-700">
              {emptyMessage}
            </p>
          ) : null}
          {!hasHours && noHoursMessage ? <Alert tone="info">{noHoursMessage}</Alert> : null}
          <TimeGrid
            columns={columns}
            timeZone={timeZone}
            showCancelled={showCancelled}
            showTherapist={showTherapist}
            label={gridLabel}
            onOpenAppointment={openAppointment}
            onCreateAt={(column, start) => {
              setNotice(null);
              setTarget({
                therapistId: column.therapistId,
                therapistName: column.therapistName,
                timeZone: column.therapistTimeZone,
                date: column.date,
                start,
              });
            }}
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
