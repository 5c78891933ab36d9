"use client";

import { Button } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndDate, dayAndTime } from "~/lib/time";

type Props = {
  /** The nearest open times the server offers instead of a taken one. */
  times: Date[];
  timeZone: string;
  onPick: (start: Date) => void;
} & (
  | {
      /** A family's phone: one full-width button per time, under a sentence that says what a tap does. */
      variant: "family";
      prompt: string;
    }
  | {
      /** A staff calendar dialog: small buttons side by side, "Use Tue, Dec 8, 2:00 PM". */
      variant: "staff";
    }
);

/** The open times nearest to one that was just refused, each a button that takes it instead. */
export function AlternativeTimes(props: Props) {
  const cycle = useHourCycle();
  const { times, timeZone, onPick } = props;
  if (times.length === 0) return null;
  if (props.variant === "staff")
    return (
      <div className="mt-2 flex flex-wrap gap-2">
        {times.map((at) => (
          <Button key={+at} type="button" size="sm" variant="secondary" onClick={() => onPick(at)}>
            Use {dayAndDate(at, timeZone)}, {clockTime(at, timeZone, cycle)}
          </Button>
        ))}
      </div>
    );
  return (
    <div className="mt-2 flex flex-col gap-2">
      <p>{props.prompt}</p>
      {times.map((start) => (
        <Button
          key={+start}
          type="button"
          variant="secondary"
          className="justify-start text-left"
          onClick={() => onPick(start)}
        >
          {dayAndTime(start, timeZone, cycle)}
        </Button>
      ))}
    </div>
  );
}
