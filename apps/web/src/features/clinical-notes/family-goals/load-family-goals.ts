import "server-only";

import { getQueryClient, trpc } from "~/trpc/server";

/** A child's goals in the family's words and the reports sent home, fetched on the server. */
export async function loadFamilyGoals(childId: string) {
  const queryClient = getQueryClient();
  const [goals, reports] = await Promise.all([
    queryClient.fetchQuery(trpc.goal.list.queryOptions({ childId })),
    queryClient.fetchQuery(trpc.progressReport.forFamily.queryOptions({ childId })),
  ]);
  return { goals: goals.goals, reports };
}
