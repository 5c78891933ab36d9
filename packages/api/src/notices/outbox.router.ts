import { adminProcedure, createRouter } from "../trpc/init";
import { listOutbox } from "./list-outbox";
import { OutboxView } from "./outbox.contracts";

export const outboxRouter = createRouter({
  list: adminProcedure
    .output(OutboxView)
    .query(async ({ ctx }) => ({ delivery: ctx.mail.kind, messages: await listOutbox(ctx) })),
});
