import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

export type Template = inferRouterOutputs<AppRouter>["template"]["list"][number];
