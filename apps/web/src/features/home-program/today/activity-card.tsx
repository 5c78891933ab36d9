import type { ReactNode } from "react";

import { Badge } from "@carryover/ui";

import { SendVideo } from "~/features/documents/practice-videos/send-video.client";
import type { ProgramActivity } from "~/features/home-program/types";
import { ChainLog } from "./chain-log.client";
import { HowTo } from "./how-to";
import type { SaveActivityLog, SaveLog, Structure } from "./log-entries";
import { RoutineLog } from "./routine-log.client";
import { TapPractice } from "./tap-practice.client";
import { timesDone, type TodaysEntry } from "./today-state";
import { TodaysLogs } from "./todays-logs.client";

/** The activities of one part of the day, each with how often it is done today. */
export function ActivityCards({
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
  return activities.map((activity) => (
    <ActivityCard
      key={activity.id}
      activity={activity}
      firstName={firstName}
      done={timesDone(entries, activity.id)}
      onSave={(entry, extras) => onSave(activity, entry, extras)}
    />
  ));
}

/** One activity of a routine moment: what it is, where the child is at, and its log. */
function ActivityCard({
  activity,
  firstName,
  done,
  onSave,
}: {
  activity: ProgramActivity;
  firstName: string;
  done: number;
  onSave: SaveLog;
}) {
  const { content, structure } = activity;
  return (
    <article className="flex flex-col gap-3 pt-4 first:pt-0" aria-label={content.title}>
      <ActivityHeader activity={activity}>
        <DoneBadge count={done} />
      </ActivityHeader>
      {structure.kind === "ladder" ? <LevelNow structure={structure} /> : null}
      {structure.kind === "chain" ? (
        <ChildsPart structure={structure} firstName={firstName} />
      ) : null}
      <HowTo activity={activity} />
      <ActivityLog activity={activity} onSave={onSave} />
      <TodaysLogs activityId={activity.id} />
      <SendVideo activityId={activity.id} activityTitle={content.title} />
    </article>
  );
}

/** The activity's title and one-line summary, with what is done today beside them. */
export function ActivityHeader({
  activity,
  children,
}: {
  activity: ProgramActivity;
  children: ReactNode;
}) {
  return (
    <div className="flex items-start justify-between gap-3">
      <div>
        <h3 className="text-base font-semibold text-stone-900">{activity.content.title}</h3>
        <p className="text-stone-700">{activity.content.summary}</p>
      </div>
      {children}
    </div>
  );
}

function DoneBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return <Badge tone="success">{count === 1 ? "Done today" : `Done ${count}× today`}</Badge>;
}

function LevelNow({ structure }: { structure: Structure<"ladder"> }) {
  const level = structure.levels[structure.currentLevel];
  return (
    <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900" data-testid="current-level">
      Level {structure.currentLevel + 1} of {structure.levels.length}:{" "}
      <strong>{level?.title}</strong>
      {level?.change ? <span className="block text-sm">{level.change}</span> : null}
    </p>
  );
}

function ChildsPart({
  structure,
  firstName,
}: {
  structure: Structure<"chain">;
  firstName: string;
}) {
  return (
    <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900">
      {structure.childFrom === 0
        ? `${firstName} does every step.`
        : `${firstName} does the last ${structure.steps.length - structure.childFrom} of ${structure.steps.length} steps; you do the rest together.`}
    </p>
  );
}

/** The log that fits the technique; a sensory diet is logged per block, in its own moment. */
function ActivityLog({ activity, onSave }: { activity: ProgramActivity; onSave: SaveLog }) {
  const { content, structure } = activity;
  switch (structure.kind) {
    case "ladder":
    case "descriptive_commenting":
      return <TapPractice activity={activity} />;
    case "chain":
      return (
        <ChainLog
          activityId={activity.id}
          structure={structure}
          minutes={content.minutes}
          onSave={onSave}
        />
      );
    case "routine_practice":
      return <RoutineLog activityId={activity.id} structure={structure} onSave={onSave} />;
    default:
      return null;
  }
}
