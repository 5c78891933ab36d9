import Link from "next/link";

import { Alert, cn, PageHeader } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import { longCalendarDay } from "~/lib/time";
import { DoseThisWeek } from "./dose-this-week";
import { TodayView } from "./today-view.client";

/** Today for one child: the day's heading, a switch between the family's children, the day. */
export function FamilyToday({
  familyChildren,
  child,
  today,
  timeZone,
  queueName,
  formKey,
  renderedAt,
  notSaved = false,
  doseThisWeek = null,
}: {
  familyChildren: ChildSummary[];
  child: ChildSummary;
  today: string;
  timeZone: string;
  /** The practice queue's key on this device, one per signed-in person. */
  queueName: string;
  formKey: string;
  renderedAt: Date;
  /** A form sent before the page's script ran came back refused. */
  notSaved?: boolean;
  /** This week's practice against the goal, when the child has a program. */
  doseThisWeek?: Parameters<typeof DoseThisWeek>[0]["dose"];
}) {
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <PageHeader title={`Today with ${child.firstName}`} description={longCalendarDay(today)} />
      {notSaved ? (
        <Alert tone="error" title="That was not saved">
          <p>
            The practice could not be saved. Please tap again; if it keeps happening, tell your
            therapist.
          </p>
        </Alert>
      ) : null}
      {familyChildren.length > 1 ? (
        <nav aria-label="Children" className="flex flex-wrap gap-2">
          {familyChildren.map((c) => (
            <Link
              key={c.id}
              href={`/family/today?child=${c.id}`}
              aria-current={c.id === child.id ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center rounded-full border px-4 font-medium",
                c.id === child.id
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50",
              )}
            >
              {c.firstName}
            </Link>
          ))}
        </nav>
      ) : null}
      <DoseThisWeek dose={doseThisWeek} />
      <TodayView
        key={child.id}
        childId={child.id}
        firstName={child.firstName}
        today={today}
        timeZone={timeZone}
        queueName={queueName}
        formKey={formKey}
        renderedAt={renderedAt}
      />
    </div>
  );
}
