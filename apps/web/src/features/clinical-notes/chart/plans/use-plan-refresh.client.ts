"use client";

import { useQueryClient } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react.client";

/** After a plan changes: its list, its detail and what the chart has due. */
export function usePlanRefresh(childId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.planOfCare.list.queryKey({ childId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.planOfCare.get.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.documentation.due.queryKey({ childId }) }),
    ]);
}
