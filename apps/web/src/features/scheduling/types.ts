import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type SessionType = Outputs["sessionType"]["list"][number];
export type Booking = Outputs["booking"]["list"][number];
export type Slot = Outputs["availability"]["slots"]["slots"][number];
export type Group = Outputs["group"]["list"][number];
