import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";

import { appRouter, type AppRouter } from "@carryover/api";

import { createTrpcContext } from "~/server/trpc-context";
import { createQueryClient } from "./query-client";

export const getQueryClient = cache(createQueryClient);

/** Server components fetch through the same procedures (guards, audit) as the browser does. */
export const trpc = createTRPCOptionsProxy<AppRouter>({
  router: appRouter,
  ctx: createTrpcContext,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
