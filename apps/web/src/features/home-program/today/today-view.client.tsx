"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";

import { familyDay } from "@carryover/domain/home-program";
import { buttonClasses, EmptyState } from "@carryover/ui";

import { useProgramLive } from "~/features/home-program/use-program-live.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC, useTRPCClient } from "~/trpc/react.client";
import { DayMoment } from "./day-moment";
import type { LogExtras, SaveActivityLog } from "./log-entries";
import { PracticeQueueBanner } from "./practice-queue-banner";
import { AnyTimeToday, NotOnTodaysList } from "./rest-of-day";
import { TodayPracticeContext, type TodayPractice } from "./today-practice.client";
import { CheckInDueReminder, SensoryDietReminder } from "./today-reminders";
import {
  entriesOfToday,
  momentKey,
  nextMoment,
  openCheckIn,
  practiceLogInput,
  reminderOf,
  savedWords,
} from "./today-state";
import { todaysRange } from "./todays-range";
import { useNow } from "./use-now.client";
import { usePracticeLog } from "./use-practice-log.client";

type Props = {
  childId: string;
  firstName: string;
  today: string;
  timeZone: string;
  /** Per signed-in guardian, so two people sharing a phone keep their own queue. */
  queueName: string;
  /** The page's own key for forms sent before its script runs. */
  formKey: string;
  renderedAt: Date;
};

/** Marks the page once its script runs, so a test (and a support person) can tell. */
function useHydratedMark() {
  useEffect(() => {
    document.documentElement.dataset.todayHydrated = "true";
    return () => void delete document.documentElement.dataset.todayHydrated;
  }, []);
}

/** Ends a practice early; if the server cannot be reached, the auto-end rule still saves it. */
function useFinish(childId: string) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (activityId: string, extras: LogExtras) =>
    void client.practice.finish
      .mutate({ childId, activityId, note: extras.note, mood: extras.mood })
      .catch(() => undefined)
      .finally(() => {
        for (const key of [trpc.practice.list, trpc.practice.open, trpc.progression.get])
          void queryClient.invalidateQueries({ queryKey: key.pathKey() });
      });
}

export function TodayView(props: Props) {
  const { childId, firstName, today, timeZone, queueName, formKey, renderedAt } = props;
  const trpc = useTRPC();
  useProgramLive(childId);
  useHydratedMark();
  const openQuery = useQuery(trpc.practice.open.queryOptions({ childId }));
  const finish = useFinish(childId);
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
  const entries = entriesOfToday(logsQuery.data ?? [], practice.waiting, childId, today);
  const upcoming = nextMoment(day.moments, now);
  const reminder = reminderOf(upcoming, now);
  const checkInDue = openCheckIn(progressQuery.data?.checkInsDue ?? []);

  const context: TodayPractice = {
    childId,
    timeZone,
    formKey,
    now: now ?? renderedAt,
    open: openQuery.data ?? [],
    waiting: practice.waiting,
    entries,
    tap: (activityId, tap) => {
      practice.tap(childId, activityId, tap);
      setSaved(null);
    },
    untap: (clientKey) => practice.untap(childId, clientKey),
    undo: (log) => {
      practice.undo(log);
      setSaved("Undone. It will not count.");
    },
    finish,
  };

  const save: SaveActivityLog = (activity, entry, extras) => {
    practice.log(
      practiceLogInput({ childId, activityId: activity.id, practisedOn: today }, entry, extras),
    );
    setSaved(savedWords(activity.content.title));
  };

  return (
    <TodayPracticeContext value={context}>
      <div className="flex flex-col gap-5">
        <PracticeQueueBanner
          waiting={practice.waiting}
          refused={practice.refused}
          onDismissRefused={practice.dismissRefused}
        />
        {reminder && now ? <SensoryDietReminder moment={reminder} now={now} /> : null}
        {checkInDue ? (
          <CheckInDueReminder childId={childId} firstName={firstName} checkIn={checkInDue} />
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
          {day.moments.map((moment) => (
            <DayMoment
              key={momentKey(moment)}
              moment={moment}
              isNext={upcoming === moment}
              entries={entries}
              firstName={firstName}
              onSave={save}
            />
          ))}
        </ol>
        {day.unscheduled.length > 0 ? (
          <AnyTimeToday
            activities={day.unscheduled}
            entries={entries}
            firstName={firstName}
            onSave={save}
          />
        ) : null}
        {day.notDue.length > 0 ? <NotOnTodaysList activities={day.notDue} /> : null}
        <MoreLinks childId={childId} />
      </div>
    </TodayPracticeContext>
  );
}

function MoreLinks({ childId }: { childId: string }) {
  return (
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
  );
}
