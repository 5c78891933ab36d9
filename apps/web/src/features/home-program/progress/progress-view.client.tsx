"use client";

import { skipToken, useQuery } from "@tanstack/react-query";

import { EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { CheckInSection } from "./check-in-section";
import { PracticeSections } from "./practice-sections";
import { practiceRange } from "./progress-data";
import { Overview } from "./progress-overview";
import { useProgramProgress } from "./use-program-progress.client";

export function ProgressView({
  childId,
  childName,
  today,
}: {
  childId: string;
  childName: string;
  today: string;
}) {
  const trpc = useTRPC();
  const { programView, progress, error, retry } = useProgramProgress(childId);
  const startDate = programView?.program?.startDate;
  const practiceQuery = useQuery(
    trpc.practice.list.queryOptions(
      startDate ? { childId, ...practiceRange(startDate, today) } : skipToken,
    ),
  );

  // A failed refetch keeps what was shown; only a first load that failed shows the error.
  if (programView === undefined || progress === undefined) {
    if (error) return <QueryError error={error} what={`${childName}'s progress`} onRetry={retry} />;
    return <ListSkeleton rows={5} label={`Loading ${childName}'s progress`} />;
  }

  const program = programView.program;
  if (!program || !progress)
    return (
      <EmptyState
        title="No home program yet"
        description={
          programView.canManage
            ? `Progress shows here once ${childName} has a home program and the family logs practice.`
            : `Your therapist sets up ${childName}'s home program. Progress shows here once you start practising.`
        }
      />
    );

  return (
    <div className="flex flex-col gap-8">
      <Overview
        childId={childId}
        childName={childName}
        program={program}
        progress={progress}
        staff={programView.canManage}
      />
      {practiceQuery.data === undefined ? (
        practiceQuery.isError ? (
          <QueryError
            error={practiceQuery.error}
            what="the practice log"
            onRetry={() => void practiceQuery.refetch()}
          />
        ) : (
          <ListSkeleton rows={4} label="Loading the practice log" />
        )
      ) : (
        <PracticeSections
          childName={childName}
          program={program}
          progress={progress}
          logs={practiceQuery.data}
        />
      )}
      <CheckInSection childId={childId} program={program} progress={progress} />
    </div>
  );
}
