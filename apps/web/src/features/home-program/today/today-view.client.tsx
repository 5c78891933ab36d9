"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, useSyncExternalStore } from "react";

import {
  familyDay,
  type FamilyDayMoment,
  type PracticeEntry,
} from "@carryover/domain/home-program";
import { Alert, Badge, Button, buttonClasses, cn, EmptyState } from "@carryover/ui";

import type { PracticeLogView, ProgramActivity } from "~/features/home-program/types";
import { useProgramLive } from "~/features/home-program/use-program-live.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import {
  ChainLog,
  CommentingLog,
  LadderLog,
  RegulationLog,
  RoutineLog,
  type LogExtras,
} from "./log-forms.client";
import { todaysRange } from "./todays-range";
import { usePracticeLog } from "./use-practice-log.client";

type Props = {
  childId: string;
  firstName: string;
  today: string;
  timeZone: string;
  /** Per signed-in guardian, so two people sharing a phone keep their own queue. */
  queueName: string;
};

const REMIND_MINUTES_BEFORE = 20;

const subscribeToMinutes = (onChange: () => void) => {
  const timer = window.setInterval(onChange, 15_000);
  return () => window.clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / 60_000);

/** The clock to the minute, in the browser only (the server renders without it). */
function useNow(): Date | null {
  const minute = useSyncExternalStore(subscribeToMinutes, currentMinute, () => null);
  return minute === null ? null : new Date(minute * 60_000);
}

const momentKey = (moment: FamilyDayMoment<ProgramActivity>) =>
  moment.kind === "routine"
    ? `routine:${moment.label}:${moment.time}`
    : `regulation:${moment.activity.id}:${moment.block.moment.time}`;

/** What a sensory-diet log names as its moment, so the day can show which blocks are done. */
const regulationMomentName = (moment: { time: string; label: string }) =>
  `${moment.time} ${moment.label}`.slice(0, 60);

function minutesUntil(now: Date, at: Date) {
  return Math.round((+at - +now) / 60_000);
}

export function TodayView({ childId, firstName, today, timeZone, queueName }: Props) {
  const trpc = useTRPC();
  useProgramLive(childId);
  const programQuery = useQuery(trpc.program.get.queryOptions({ childId }));
  const logsQuery = useQuery(trpc.practice.list.queryOptions(todaysRange(childId, today)));
  const progressQuery = useQuery(trpc.progression.get.queryOptions({ childId }));
  const practice = usePracticeLog(queueName);
  const now = useNow();
  const [saved, setSaved] = useState<string | null>(null);

  if (programQuery.isPending) return <ListSkeleton rows={4} label="Loading today's practice" />;
  if (programQuery.isError)
    return (
      <QueryError
        error={programQuery.error}
        what="today's practice"
        onRetry={() => void programQuery.refetch()}
      />
    );
  const program = programQuery.data.program;
  if (!program)
    return (
      <EmptyState
        title={`No home program for ${firstName} yet`}
        description="Your therapist adds the activities to practise at home after your first session. They will show up here."
      />
    );
  const active = program.activities.filter((a) => a.status === "active");
  const day = familyDay({
    activities: active,
    routineTimes: program.routineTimes,
    date: today,
    timeZone,
  });

  // What is done today: the server's logs and the ones still waiting on this phone.
  const todaysEntries: Pick<PracticeLogView, "activityId" | "entry">[] = [
    ...(logsQuery.data ?? []),
    ...practice.waiting
      .filter((w) => w.input.childId === childId && w.input.practisedOn === today)
      .map((w) => ({ activityId: w.input.activityId, entry: w.input.entry })),
  ];
  const doneCount = (activityId: string) =>
    todaysEntries.filter((l) => l.activityId === activityId).length;
  const regulationDone = (activityId: string, name: string) =>
    todaysEntries.find(
      (l) =>
        l.activityId === activityId && l.entry.kind === "sensory_diet" && l.entry.moment === name,
    )?.entry;

  const save = (activity: ProgramActivity, entry: PracticeEntry, extras: LogExtras) => {
    practice.log({
      childId,
      activityId: activity.id,
      practisedOn: today,
      entry,
      ...(extras.minutes ? { minutes: extras.minutes } : {}),
      ...(extras.note ? { note: extras.note } : {}),
      ...(extras.mood ? { mood: extras.mood } : {}),
    });
    setSaved(`Saved: ${activity.content.title}.`);
  };

  const upcoming = now
    ? day.moments.find((m) => (m.kind === "regulation" ? m.endsAt : m.at) > now)
    : undefined;
  const reminder =
    now &&
    upcoming?.kind === "regulation" &&
    minutesUntil(now, upcoming.at) <= REMIND_MINUTES_BEFORE
      ? upcoming
      : undefined;
  const checkInDue = progressQuery.data?.checkInsDue.find(
    (c) => c.status === "due" || c.status === "overdue",
  );

  return (
    <div className="flex flex-col gap-5">
      {practice.waiting.length > 0 ? (
        <Alert tone="warning" title="Saved on this phone">
          <p>
            {practice.waiting.length === 1
              ? "1 practice is waiting to be sent."
              : `${practice.waiting.length} practices are waiting to be sent.`}{" "}
            They go to your therapist as soon as you are back online. Nothing is lost.
          </p>
        </Alert>
      ) : null}
      {practice.refused.length > 0 ? (
        <Alert tone="error" title="A practice could not be saved">
          {practice.refused.map((message, i) => (
            <p key={i}>{message}</p>
          ))}
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={practice.dismissRefused}
          >
            OK
          </Button>
        </Alert>
      ) : null}
      {reminder && now ? (
        <Alert
          tone="info"
          title={
            minutesUntil(now, reminder.at) > 0
              ? `In ${minutesUntil(now, reminder.at)} minutes: ${reminder.label.toLowerCase()}`
              : `Now: ${reminder.label.toLowerCase()}`
          }
        >
          <p>
            {reminder.time}–{reminder.endTime}: {reminder.activity.content.title}. Pick one from the
            list below.
          </p>
        </Alert>
      ) : null}
      {checkInDue ? (
        <Alert
          tone="info"
          title={`Your week-${checkInDue.week} check-in is ${checkInDue.status === "overdue" ? "overdue" : "due"}`}
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
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {saved}
      </p>
      {active.length === 0 ? (
        <EmptyState
          title="Nothing to practise right now"
          description="Your therapist has paused the activities for now. Enjoy the break."
        />
      ) : null}
      <ol className="flex flex-col gap-5" aria-label={`${firstName}'s day`}>
        {day.moments.map((moment) => {
          const isNext = upcoming === moment;
          return (
            <li key={momentKey(moment)}>
              <section
                aria-labelledby={`moment-${momentKey(moment)}`}
                className={cn(
                  "rounded-2xl border bg-white p-4 shadow-sm",
                  isNext ? "border-brand-400 ring-2 ring-brand-200" : "border-stone-200",
                )}
              >
                <header className="mb-3 flex items-baseline justify-between gap-3">
                  <h2
                    id={`moment-${momentKey(moment)}`}
                    className="text-lg font-semibold text-stone-900"
                  >
                    <span className="tabular-nums text-brand-800">
                      {moment.kind === "regulation"
                        ? `${moment.time}–${moment.endTime}`
                        : moment.time}
                    </span>{" "}
                    <span className="ml-1">{moment.label}</span>
                  </h2>
                  {isNext ? <Badge tone="brand">Next</Badge> : null}
                </header>
                {moment.kind === "regulation" ? (
                  <RegulationMomentCard
                    activity={moment.activity}
                    done={regulationDone(
                      moment.activity.id,
                      regulationMomentName(moment.block.moment),
                    )}
                    onSave={(entry, extras) => save(moment.activity, entry, extras)}
                    momentName={regulationMomentName(moment.block.moment)}
                  />
                ) : (
                  <div className="flex flex-col gap-4 divide-y divide-stone-100">
                    {moment.activities.map((activity) => (
                      <ActivityCard
                        key={activity.id}
                        activity={activity}
                        firstName={firstName}
                        done={doneCount(activity.id)}
                        onSave={(entry, extras) => save(activity, entry, extras)}
                      />
                    ))}
                  </div>
                )}
              </section>
            </li>
          );
        })}
      </ol>
      {day.unscheduled.length > 0 ? (
        <section
          aria-labelledby="any-time"
          className="rounded-2xl border border-stone-200 bg-white p-4"
        >
          <h2 id="any-time" className="mb-3 text-lg font-semibold">
            Any time today
          </h2>
          {day.unscheduled.map((activity) => (
            <ActivityCard
              key={activity.id}
              activity={activity}
              firstName={firstName}
              done={doneCount(activity.id)}
              onSave={(entry, extras) => save(activity, entry, extras)}
            />
          ))}
        </section>
      ) : null}
      {day.notDue.length > 0 ? (
        <section
          aria-labelledby="not-today"
          className="rounded-2xl bg-stone-100 p-4 text-stone-700"
        >
          <h2 id="not-today" className="font-semibold">
            Not on today&apos;s list
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {day.notDue.map((a) => (
              <li key={a.id}>
                {a.content.title}
                {a.structure.kind === "routine_practice"
                  ? ` (${a.structure.daysPerWeek} days a week)`
                  : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-label="More" className="grid gap-2 sm:grid-cols-2">
        <Link href={`/children/${childId}`} className={buttonClasses({ variant: "secondary" })}>
          See the whole program
        </Link>
        <a
          href={`/api/children/${childId}/program-pdf`}
          className={buttonClasses({ variant: "secondary" })}
          target="_blank"
          rel="noopener"
        >
          Print the program (PDF)
        </a>
      </nav>
    </div>
  );
}

function HowTo({ activity }: { activity: ProgramActivity }) {
  const { content } = activity;
  return (
    <details className="rounded-lg bg-stone-50 px-3 py-2">
      <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-800">
        How to do it ({content.minutes} min)
      </summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-stone-800">
        {content.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      {content.materials.length > 0 ? (
        <p className="mt-2 text-sm text-stone-700">You need: {content.materials.join(", ")}.</p>
      ) : null}
      <p className="mt-2 text-sm text-stone-600">
        <span className="font-medium">Why it works: </span>
        {content.why}
      </p>
    </details>
  );
}

function DoneBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return <Badge tone="success">{count === 1 ? "Done today" : `Done ${count}× today`}</Badge>;
}

function ActivityCard({
  activity,
  firstName,
  done,
  onSave,
}: {
  activity: ProgramActivity;
  firstName: string;
  done: number;
  onSave: (entry: PracticeEntry, extras: LogExtras) => void;
}) {
  const { content, structure } = activity;
  return (
    <article className="flex flex-col gap-3 pt-4 first:pt-0" aria-label={content.title}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="text-base font-semibold text-stone-900">{content.title}</h3>
          <p className="text-stone-700">{content.summary}</p>
        </div>
        <DoneBadge count={done} />
      </div>
      {structure.kind === "ladder" ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900" data-testid="current-level">
          Level {structure.currentLevel + 1} of {structure.levels.length}:{" "}
          <strong>{structure.levels[structure.currentLevel]?.title}</strong>
          {structure.levels[structure.currentLevel]?.change ? (
            <span className="block text-sm">
              {structure.levels[structure.currentLevel]?.change}
            </span>
          ) : null}
        </p>
      ) : null}
      {structure.kind === "chain" ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900">
          {structure.childFrom === 0
            ? `${firstName} does every step.`
            : `${firstName} does the last ${structure.steps.length - structure.childFrom} of ${structure.steps.length} steps; you do the rest together.`}
        </p>
      ) : null}
      <HowTo activity={activity} />
      {structure.kind === "ladder" ? (
        <LadderLog structure={structure} minutes={content.minutes} onSave={onSave} />
      ) : structure.kind === "chain" ? (
        <ChainLog structure={structure} minutes={content.minutes} onSave={onSave} />
      ) : structure.kind === "routine_practice" ? (
        <RoutineLog structure={structure} onSave={onSave} />
      ) : structure.kind === "descriptive_commenting" ? (
        <CommentingLog structure={structure} minutes={content.minutes} onSave={onSave} />
      ) : null}
    </article>
  );
}

function RegulationMomentCard({
  activity,
  done,
  momentName,
  onSave,
}: {
  activity: ProgramActivity;
  done: PracticeEntry | undefined;
  momentName: string;
  onSave: (entry: PracticeEntry, extras: LogExtras) => void;
}) {
  const { structure, content } = activity;
  if (structure.kind !== "sensory_diet") return null;
  return (
    <article className="flex flex-col gap-3" aria-label={content.title}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="text-base font-semibold text-stone-900">{content.title}</h3>
          <p className="text-stone-700">{content.summary}</p>
        </div>
        {done?.kind === "sensory_diet" ? (
          <Badge tone={done.outcome === "done" ? "success" : "neutral"}>
            {done.outcome === "done" ? "Done" : "Skipped"}
          </Badge>
        ) : null}
      </div>
      <HowTo activity={activity} />
      {done ? null : <RegulationLog structure={structure} moment={momentName} onSave={onSave} />}
    </article>
  );
}
