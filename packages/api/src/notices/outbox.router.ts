import { z } from "zod";

import { adminProcedure, createRouter } from "../trpc/init";
import { listOutbox } from "./list-outbox";

export const outboxRouter = createRouter({
  list: adminProcedure
    .output(
      z.object({
        delivery: z.enum(["smtp", "outbox"]),
        messages: z.array(
          z.object({
            id: z.uuid(),
            to: z.string(),
            subject: z.string(),
            text: z.string(),
            createdAt: z.date(),
          }),
        ),
      }),
    )
    .query(async ({ ctx }) => ({ delivery: ctx.mail.kind, messages: await listOutbox(ctx) })),
});
