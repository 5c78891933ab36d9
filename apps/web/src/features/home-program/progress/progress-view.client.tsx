"use client";

import { skipToken, useQuery } from "@tanstack/react-query";

import { EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { CheckInSection } from "./check-in-section";
import { PracticeSections } from "./practice-sections";
import { practiceRange } from "./progress-data";
import { Overview } from "./progress-overview";

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
  const programQuery = useQuery(trpc.program.get.queryOptions({ childId }));
  const progressQuery = useQuery(trpc.progression.get.queryOptions({ childId }));
  const startDate = programQuery.data?.program?.startDate;
  const practiceQuery = useQuery(
    trpc.practice.list.queryOptions(
      startDate ? { childId, ...practiceRange(startDate, today) } : skipToken,
    ),
  );

  // A failed refetch keeps what was shown; only a first load that failed shows the error.
  const programView = programQuery.data;
  const progress = progressQuery.data;
  if (programView === undefined || progress === undefined) {
    if (programQuery.isError || progressQuery.isError)
      return (
        <QueryError
          error={programQuery.error ?? progressQuery.error}
          what={`${childName}'s progress`}
          onRetry={() => {
            void programQuery.refetch();
            void progressQuery.refetch();
          }}
        />
      );
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
