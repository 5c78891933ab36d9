"use client";

import { useQuery } from "@tanstack/react-query";

import { Alert, EmptyState } from "@carryover/ui";

import { useProgramLive } from "~/features/home-program/use-program-live.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { ActivityItem } from "./activity-item.client";
import { AddActivity } from "./add-activity.client";
import { ProgramHistory, ProgramObservations } from "./program-history.client";
import { ProgramSettings } from "./program-settings.client";
import { StartProgram } from "./start-program.client";

export type ProgramPanelProps = {
  childId: string;
  firstName: string;
  timeZone: string;
  today: string;
  /** Staff see and change everything; a guardian sees the family's view and what they may change. */
  staff: boolean;
  /** Without history (a live session shows the program and the notes only). */
  compact?: boolean;
};

/**
 * A child's home program, shared live by the therapist and the guardians with edit permission:
 * every change anyone saves appears here within moments, and a save that crosses another shows both.
 * Self-contained so the live-session page can embed it.
 */
export function ProgramPanel({
  childId,
  firstName,
  timeZone,
  today,
  staff,
  compact,
}: ProgramPanelProps) {
  const trpc = useTRPC();
  const { connected } = useProgramLive(childId);
  const view = useQuery(trpc.program.get.queryOptions({ childId }));
  if (view.isPending) return <ListSkeleton rows={4} label="Loading the home program" />;
  if (view.isError)
    return (
      <QueryError error={view.error} what="the home program" onRetry={() => void view.refetch()} />
    );
  const { program, canEdit, canManage } = view.data;
  if (!program)
    return staff && canEdit ? (
      <StartProgram childId={childId} firstName={firstName} today={today} />
    ) : (
      <EmptyState
        title={`No home program for ${firstName} yet`}
        description="The therapist writes it after the first session; it appears here."
      />
    );
  const active = program.activities.filter((a) => a.status === "active");
  const paused = program.activities.filter((a) => a.status === "paused");
  const removed = program.activities.filter((a) => a.status === "archived");
  const guardianMayMoveMoments = canEdit && program.guardianEditable.includes("sensory_moments");
  return (
    <section aria-labelledby="program-title" className="flex flex-col gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="program-title" className="text-xl font-semibold text-stone-900">
          Home program
        </h2>
        <p className="text-sm text-stone-600" aria-live="polite">
          {connected
            ? "Live: changes by others appear here as they are saved."
            : "Connecting for live changes…"}
        </p>
      </div>
      <ProgramSettings childId={childId} program={program} staff={staff} canEdit={canEdit} />
      {program.activeWarning ? (
        <Alert tone="warning" title="Many activities at once">
          <p>{program.activeWarning}</p>
        </Alert>
      ) : null}
      <div className="flex flex-col gap-4">
        <h3 className="text-lg font-semibold text-stone-900">
          Activities <span className="font-normal text-stone-600">({active.length} active)</span>
        </h3>
        {active.length === 0 ? <p className="text-stone-600">No active activities.</p> : null}
        {[...active, ...paused].map((activity) => (
          <ActivityItem
            key={activity.id}
            childId={childId}
            activity={activity}
            staff={staff}
            guardianMayMoveMoments={guardianMayMoveMoments}
            timeZone={timeZone}
          />
        ))}
        {staff && canEdit ? <AddActivity childId={childId} /> : null}
        {staff && removed.length > 0 ? (
          <details className="rounded-xl border border-stone-200 bg-white p-4">
            <summary className="min-h-11 cursor-pointer content-center font-medium">
              Removed activities ({removed.length})
            </summary>
            <div className="mt-3 flex flex-col gap-4">
              {removed.map((activity) => (
                <ActivityItem
                  key={activity.id}
                  childId={childId}
                  activity={activity}
                  staff={staff}
                  guardianMayMoveMoments={false}
                  timeZone={timeZone}
                />
              ))}
            </div>
          </details>
        ) : null}
      </div>
      <div className={compact ? "flex flex-col gap-5" : "grid gap-5 lg:grid-cols-2"}>
        <ProgramObservations childId={childId} timeZone={timeZone} />
        {compact ? null : (
          <ProgramHistory childId={childId} staff={staff && canManage} timeZone={timeZone} />
        )}
      </div>
    </section>
  );
}
