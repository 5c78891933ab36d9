"use client";

import { useId, useState } from "react";

import {
  SERVICE_LABELS,
  TREATMENT_SERVICES,
  type TreatmentService,
} from "@carryover/domain/clinical-notes";
import { Button } from "@carryover/ui";

import type { LiveSessionActions } from "./use-live-session-actions.client";

/**
 * Which service the therapist is giving from now on, for the minutes of the visit note. "Now" is the
 * session's last mark, so a reload or a second screen shows the same.
 */
export function ServiceMarks({
  appointmentId,
  actions,
  current,
}: {
  appointmentId: string;
  actions: LiveSessionActions;
  current: TreatmentService | null;
}) {
  const selectId = useId();
  const [choice, setChoice] = useState<TreatmentService>(current ?? "therapeutic_activities");
  const mark = () => actions.markService.mutate({ appointmentId, service: choice });
  return (
    <div className="flex flex-col gap-1 border-t border-stone-200 pt-2">
      <label htmlFor={selectId} className="text-sm font-medium text-stone-800">
        Service you are giving
      </label>
      <div className="flex gap-2">
        <select
          id={selectId}
          value={choice}
          onChange={(e) => setChoice(e.target.value as TreatmentService)}
          className="min-w-0 flex-1 rounded-lg border border-stone-500 bg-white px-2 py-1 text-sm"
        >
          {TREATMENT_SERVICES.map((service) => (
            <option key={service} value={service}>
              {SERVICE_LABELS[service]}
            </option>
          ))}
        </select>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          busy={actions.markService.isPending}
          disabled={choice === current}
          onClick={mark}
        >
          Mark from now
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-stone-700">
        {current ? (
          <>
            Giving now: <strong>{SERVICE_LABELS[current]}</strong>
          </>
        ) : (
          "No service marked yet: child-present time stays unassigned until you mark one."
        )}
      </p>
    </div>
  );
}
