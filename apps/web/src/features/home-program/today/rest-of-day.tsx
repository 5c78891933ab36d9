import type { ProgramActivity } from "~/features/home-program/types";
import { ActivityCards } from "./activity-card";
import type { SaveActivityLog } from "./log-entries";
import type { TodaysEntry } from "./today-state";

/** Due today, anchored to a routine the family has given no time. */
export function AnyTimeToday({
  activities,
  entries,
  firstName,
  onSave,
}: {
  activities: readonly ProgramActivity[];
  entries: readonly TodaysEntry[];
  firstName: string;
  onSave: SaveActivityLog;
}) {
  return (
    <section
      aria-labelledby="any-time"
      className="rounded-2xl border border-stone-200 bg-white p-4"
    >
      <h2 id="any-time" className="mb-3 text-lg font-semibold">
        Any time today
      </h2>
      <ActivityCards
        activities={activities}
        entries={entries}
        firstName={firstName}
        onSave={onSave}
      />
    </section>
  );
}

/** Routine practice on a day that is not one of its practice days. */
export function NotOnTodaysList({ activities }: { activities: readonly ProgramActivity[] }) {
  return (
    <section aria-labelledby="not-today" className="rounded-2xl bg-stone-100 p-4 text-stone-700">
      <h2 id="not-today" className="font-semibold">
        Not on today&apos;s list
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {activities.map((a) => (
          <li key={a.id}>
            {a.content.title}
            {a.structure.kind === "routine_practice"
              ? ` (${a.structure.daysPerWeek} days a week)`
              : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
