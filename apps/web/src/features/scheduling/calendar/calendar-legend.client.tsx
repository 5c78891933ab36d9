"use client";

import { CheckboxField } from "@carryover/ui";

/** What the colours mean, and the switch that shows cancelled sessions. */
export function CalendarLegend({
  canAdd,
  cancelledCount,
  showCancelled,
  onShowCancelled,
}: {
  /** Whether clicking open time adds a session. */
  canAdd: boolean;
  cancelledCount: number;
  showCancelled: boolean;
  onShowCancelled: (show: boolean) => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
      <div className="flex flex-wrap items-center gap-4 text-sm text-stone-700">
        <span className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="size-4 rounded bg-emerald-50 ring-1 ring-emerald-300"
          />
          Open hours{canAdd ? " (click to add a session)" : ""}
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
        onChange={(event) => onShowCancelled(event.target.checked)}
      />
    </div>
  );
}
