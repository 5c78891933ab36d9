import type { PracticeEntry } from "@carryover/domain/home-program";
import { Badge } from "@carryover/ui";

import type { ProgramActivity } from "~/features/home-program/types";
import { ActivityHeader } from "./activity-card";
import { HowTo } from "./how-to";
import type { SaveLog } from "./log-entries";
import { SensoryDietLog } from "./sensory-diet-log.client";
import { TodaysLogs } from "./todays-logs.client";

/** One sensory-diet block: pick a regulation activity, then done or skipped; once logged, which. */
export function SensoryDietMoment({
  activity,
  done,
  momentName,
  onSave,
}: {
  activity: ProgramActivity;
  done: PracticeEntry | undefined;
  momentName: string;
  onSave: SaveLog;
}) {
  const { structure, content } = activity;
  if (structure.kind !== "sensory_diet") return null;
  return (
    <article className="flex flex-col gap-3" aria-label={content.title}>
      <ActivityHeader activity={activity}>
        {done?.kind === "sensory_diet" ? (
          <Badge tone={done.outcome === "done" ? "success" : "neutral"}>
            {done.outcome === "done" ? "Done" : "Skipped"}
          </Badge>
        ) : null}
      </ActivityHeader>
      <HowTo activity={activity} />
      {done ? null : (
        <SensoryDietLog
          activityId={activity.id}
          structure={structure}
          moment={momentName}
          onSave={onSave}
        />
      )}
      <TodaysLogs activityId={activity.id} moment={momentName} />
    </article>
  );
}
