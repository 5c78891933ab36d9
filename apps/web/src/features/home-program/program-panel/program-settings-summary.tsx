import { DescriptionList } from "@carryover/ui";

import type { Program } from "~/features/home-program/types";
import { formatCalendarDate, type HourCycle } from "~/lib/time";
import {
  checkInsFrom,
  guardianMayChangeInWords,
  routineTimesInWords,
  type RoutineInUse,
} from "./program-settings-state";

/** The settings as they stand: goals, dose, check-ins, routine times and, for staff, permissions. */
export function ProgramSettingsSummary({
  program,
  routines,
  staff,
  cycle,
}: {
  program: Program;
  routines: RoutineInUse[];
  staff: boolean;
  /** The reader's clock. */
  cycle: HourCycle;
}) {
  return (
    <div className="flex flex-col gap-5">
      <ul className="flex flex-col gap-3" aria-label="Goals">
        {program.goals.map((goal) => (
          <li key={goal.id}>
            <p className="font-medium text-stone-900">{goal.familyWords}</p>
            {staff ? <p className="text-sm text-stone-600">{goal.clinicalWording}</p> : null}
          </li>
        ))}
        {program.goals.length === 0 ? (
          <li className="text-stone-600">No goals written yet.</li>
        ) : null}
      </ul>
      <DescriptionList
        items={[
          {
            term: "Practice",
            detail: `${program.minutesPerDay} minutes a day, ${program.daysPerWeek} days a week`,
          },
          { term: "Started", detail: formatCalendarDate(program.startDate) },
          { term: "Check-ins", detail: checkInsFrom(program.startDate) },
          ...(routines.length > 0
            ? [{ term: "Routine times", detail: routineTimesInWords(program, routines, cycle) }]
            : []),
          ...(staff
            ? [
                {
                  term: "Guardians may change",
                  detail: guardianMayChangeInWords(program.guardianEditable),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
