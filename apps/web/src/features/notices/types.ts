import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type OutboxMessage = Outputs["outbox"]["list"]["messages"][number];
export type MailDelivery = Outputs["outbox"]["list"]["delivery"];
