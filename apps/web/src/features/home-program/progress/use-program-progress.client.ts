"use client";

import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react.client";

/** A child's program and its progress, read together by the progress and check-in pages. */
export function useProgramProgress(childId: string) {
  const trpc = useTRPC();
  const programQuery = useQuery(trpc.program.get.queryOptions({ childId }));
  const progressQuery = useQuery(trpc.progression.get.queryOptions({ childId }));
  return {
    programView: programQuery.data,
    progress: progressQuery.data,
    error: programQuery.error ?? progressQuery.error,
    retry: () => {
      void programQuery.refetch();
      void progressQuery.refetch();
    },
  };
}
