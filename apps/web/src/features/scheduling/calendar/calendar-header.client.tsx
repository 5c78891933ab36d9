"use client";

import type { ReactNode } from "react";

import { Button } from "@carryover/ui";

import { zoneInWords } from "~/lib/time";

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

/** The dates shown and their zone; the page's controls, previous/current/next, New session. */
export function CalendarHeader({
  nav,
  timeZone,
  toolbar,
  onNewAppointment,
}: {
  nav: CalendarNav;
  timeZone: string;
  toolbar?: ReactNode;
  /** Without it there is no New session button. */
  onNewAppointment?: () => void;
}) {
  return (
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
        {onNewAppointment ? (
          <Button type="button" size="sm" onClick={onNewAppointment}>
            New session
          </Button>
        ) : null}
      </div>
    </div>
  );
}
