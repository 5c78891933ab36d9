import type { FamilyDayMoment } from "@carryover/domain/home-program";
import { Badge, cn } from "@carryover/ui";

import type { ProgramActivity } from "~/features/home-program/types";
import { LocalTime, LocalTimeRange } from "~/lib/hour-cycle.client";
import { ActivityCards } from "./activity-card";
import type { SaveActivityLog } from "./log-entries";
import { SensoryDietMoment } from "./sensory-diet-moment";
import {
  momentKey,
  sensoryDietLogOf,
  sensoryDietMomentName,
  type TodaysEntry,
} from "./today-state";

type Moment = FamilyDayMoment<ProgramActivity>;

/** One moment of the day: a routine with its activities, or a sensory-diet block. */
export function DayMoment({
  moment,
  isNext,
  entries,
  firstName,
  onSave,
}: {
  moment: Moment;
  isNext: boolean;
  entries: readonly TodaysEntry[];
  firstName: string;
  onSave: SaveActivityLog;
}) {
  const headingId = `moment-${momentKey(moment)}`;
  return (
    <li>
      <section
        aria-labelledby={headingId}
        className={cn(
          "rounded-2xl border bg-white p-4 shadow-sm",
          isNext ? "border-brand-400 ring-2 ring-brand-200" : "border-stone-200",
        )}
      >
        <MomentHeading moment={moment} id={headingId} isNext={isNext} />
        {moment.kind === "regulation" ? (
          <SensoryDietMoment
            activity={moment.activity}
            done={sensoryDietLogOf(
              entries,
              moment.activity.id,
              sensoryDietMomentName(moment.block.moment),
            )}
            onSave={(entry, extras) => onSave(moment.activity, entry, extras)}
            momentName={sensoryDietMomentName(moment.block.moment)}
          />
        ) : (
          <div className="flex flex-col gap-4 divide-y divide-stone-100">
            <ActivityCards
              activities={moment.activities}
              entries={entries}
              firstName={firstName}
              onSave={onSave}
            />
          </div>
        )}
      </section>
    </li>
  );
}

function MomentHeading({ moment, id, isNext }: { moment: Moment; id: string; isNext: boolean }) {
  return (
    <header className="mb-3 flex items-baseline justify-between gap-3">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        <span className="tabular-nums text-brand-800">
          {moment.kind === "regulation" ? (
            <LocalTimeRange from={moment.time} to={moment.endTime} />
          ) : (
            <LocalTime time={moment.time} />
          )}
        </span>{" "}
        <span className="ml-1">
          {moment.label}
          {moment.kind === "regulation" ? (
            <>
              {" "}
              (<LocalTime time={moment.block.moment.time} />)
            </>
          ) : null}
        </span>
      </h2>
      {isNext ? <Badge tone="brand">Next</Badge> : null}
    </header>
  );
}
