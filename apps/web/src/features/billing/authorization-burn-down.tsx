import type { AuthorizationStanding } from "@carryover/api/contracts/authorization";
import { Badge } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";

const inDays = (days: number) =>
  days === 0 ? "today" : days > 0 ? `in ${plural(days, "day")}` : `${plural(-days, "day")} ago`;

/** An authorization: used, booked and left, in a bar and in words, and when it runs out. */
export function AuthorizationBurnDown({
  auth,
  payerName,
}: {
  auth: AuthorizationStanding;
  payerName: string;
}) {
  const unit = auth.counts === "visits" ? "visit" : "unit";
  const share = (n: number) => `${auth.approved === 0 ? 0 : (n / auth.approved) * 100}%`;
  const ended = auth.daysLeft < 0;
  return (
    <li className="rounded-lg border border-stone-200 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-stone-900">
          {plural(auth.approved, unit)}, {formatCalendarDate(auth.startsOn)} to{" "}
          {formatCalendarDate(auth.endsOn)}
          {auth.codes ? ` (${auth.codes.join(", ")})` : ""}
        </p>
        {auth.warn ? (
          <Badge tone={ended ? "danger" : "warning"}>{ended ? "Ended" : "Renew soon"}</Badge>
        ) : null}
      </div>
      {auth.reference ? <p className="text-sm text-stone-600">Reference {auth.reference}</p> : null}
      <div
        className="mt-3 flex h-3 overflow-hidden rounded-full bg-stone-100"
        role="img"
        aria-label={`${auth.used} used, ${auth.scheduled} booked, ${auth.leftAfterBooked} left of ${auth.approved}`}
      >
        <span
          className="bg-brand-600"
          style={{ width: share(Math.min(auth.used, auth.approved)) }}
        />
        <span className="bg-brand-300" style={{ width: share(auth.scheduled) }} />
      </div>
      <p className="mt-2 text-stone-700">
        {auth.used} used · {auth.scheduled} booked · {plural(auth.leftAfterBooked, unit)} left
      </p>
      <p className="text-stone-700">
        {auth.runsOutBy === "exhausted"
          ? `At the booked pace the last ${unit} is used on ${formatCalendarDate(auth.runsOutOn)} (${inDays(auth.daysLeft)}).`
          : `${ended ? "Ended" : "Ends"} ${formatCalendarDate(auth.endsOn)} (${inDays(auth.daysLeft)}).`}
      </p>
      {auth.warn && !ended ? (
        <p className="mt-1 text-amber-900">
          Ask {payerName} for a new authorization before {formatCalendarDate(auth.runsOutOn)}.
        </p>
      ) : null}
      {!ended && auth.uncovered.length > 0 ? (
        <p className="mt-1 text-red-800">
          Booked sessions it will not pay for:{" "}
          {auth.uncovered
            .slice(0, 6)
            .map((u) => formatCalendarDate(u.on))
            .join(", ")}
          {auth.uncovered.length > 6 ? `, and ${auth.uncovered.length - 6} more` : ""}.
        </p>
      ) : null}
    </li>
  );
}
