import { z } from "zod";

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
    action: z.string().max(80).optional(),
    entityType: z.string().max(40).optional(),
    entityId: z.string().max(80, "A record id is at most 80 characters.").optional(),
    from: z.date().optional(),
    to: z.date().optional(),
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
