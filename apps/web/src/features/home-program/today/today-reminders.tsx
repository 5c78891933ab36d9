import Link from "next/link";

import type { RegulationMoment } from "@carryover/domain/home-program";
import { Alert } from "@carryover/ui";

import type { ProgramActivity } from "~/features/home-program/types";
import { LocalTimeRange } from "~/lib/hour-cycle.client";
import { reminderTitle } from "./today-state";

/** A sensory-diet block about to start, or started. */
export function SensoryDietReminder({
  moment,
  now,
}: {
  moment: RegulationMoment<ProgramActivity>;
  now: Date;
}) {
  return (
    <Alert tone="info" title={reminderTitle(moment, now)}>
      <p>
        <LocalTimeRange from={moment.time} to={moment.endTime} />: {moment.activity.content.title}.
        Pick one from the list below.
      </p>
    </Alert>
  );
}

export function CheckInDueReminder({
  childId,
  firstName,
  checkIn,
}: {
  childId: string;
  firstName: string;
  checkIn: { week: number; status: string };
}) {
  return (
    <Alert
      tone="info"
      title={`Your week-${checkIn.week} check-in is ${checkIn.status === "overdue" ? "overdue" : "due"}`}
    >
      <p>
        Two minutes: rate how {firstName}&apos;s goals are going.{" "}
        <Link
          href={`/children/${childId}/check-in`}
          className="font-medium underline underline-offset-4"
        >
          Do the check-in
        </Link>
      </p>
    </Alert>
  );
}
