import { z } from "zod";

export const OutboxView = z.object({
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
});
