import { z } from "zod";

import { Moment, storableText } from "@carryover/domain/bounds";

export const AuditEvent = z.object({
  id: z.uuid(),
  at: z.date(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});

export const ListAuditEventsInput = z
  .object({
    actorId: z.uuid().optional(),
    action: storableText(80).optional(),
    entityType: storableText(40).optional(),
    entityId: storableText(80, "A record id is at most 80 characters.").optional(),
    from: Moment.optional(),
    to: Moment.optional(),
    /** The id of the last event of the previous page. */
    cursor: z.uuid().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, {
    message: "The end date is before the start date.",
    path: ["to"],
  });

export const AuditEventPage = z.object({
  events: z.array(AuditEvent),
  nextCursor: z.uuid().nullable(),
});

export type ListAuditEventsInput = z.infer<typeof ListAuditEventsInput>;
