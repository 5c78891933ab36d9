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
  /** "Chrome on Android", from the request's User-Agent; null when none was recorded. */
  device: z.string().nullable(),
});

/** Kinds of events an admin may ask for together; each is the actions starting with its prefix. */
export const AuditActionGroup = z.enum(["sign_ins"], "Choose a kind of event from the list");
export type AuditActionGroup = z.infer<typeof AuditActionGroup>;
export const AUDIT_ACTION_GROUPS: Record<AuditActionGroup, string> = { sign_ins: "auth." };

export const ListAuditEventsInput = z
  .object({
    actorId: z.uuid().optional(),
    action: storableText(80).optional(),
    group: AuditActionGroup.optional(),
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
