import { describeWeeklyDose, type WeeklyDose } from "@carryover/domain/home-program/progression";

type DoseNumbers = Pick<
  WeeklyDose,
  "loggedMinutes" | "daysPractised" | "prescribedMinutes" | "prescribedDays" | "prorated" | "status"
>;

/** The week's practice against its goal, every number labelled, as the page loaded. */
export function DoseThisWeek({ dose }: { dose: DoseNumbers | null }) {
  if (!dose) return null;
  const words = describeWeeklyDose(dose);
  const split = words.indexOf(": ");
  return (
    <p
      className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-stone-800"
      data-testid="dose-this-week"
    >
      <span className="font-semibold">{words.slice(0, split)}:</span> {words.slice(split + 2)}
      {dose.status === "met" ? <span className="sr-only"> (goal met)</span> : null}
    </p>
  );
}
