"use client";

import { useQuery } from "@tanstack/react-query";

import { Button } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { localTime } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";

type Routine = { key: string; label: string };

/** The family's own routine times from their signed intake, offered while the therapist sets the program's. */
export function IntakeRoutineTimes({
  childId,
  routines,
  onUse,
}: {
  childId: string;
  routines: Routine[];
  onUse: (routine: string, time: string) => void;
}) {
  const trpc = useTRPC();
  const cycle = useHourCycle();
  const { data } = useQuery(trpc.form.intakeRoutines.queryOptions({ childId }));
  const offered = routines.flatMap((r) =>
    data?.[r.key] ? [{ ...r, time: data[r.key] ?? "" }] : [],
  );
  if (offered.length === 0) return null;
  return (
    <div className="mb-4 flex flex-col gap-2 rounded-lg bg-brand-50 p-3">
      <p>
        From the intake: {offered.map((r) => `${r.label} ${localTime(r.time, cycle)}`).join(", ")}.
      </p>
      <div>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => offered.forEach((r) => onUse(r.key, r.time))}
        >
          Use the family&apos;s times
        </Button>
      </div>
    </div>
  );
}
