import { z } from "zod";

import { Moment, storableText } from "@carryover/domain/bounds";

export const AuditEvent = z.object({
  id: z.uuid(),
  at: z.date(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  /** The name of the record the event is about (a child, a person, a session's children). */
  subjectName: z.string().nullable(),
  /** The event in words: "Dana Reyes viewed Alex Kim's progress". */
  sentence: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  /** "Chrome on Android", from the request's User-Agent; null when none was recorded. */
  device: z.string().nullable(),
});

/** Kinds of events an admin may ask for together; each is the actions starting with one of its prefixes. */
export const AuditActionGroup = z.enum(
  ["sign_ins", "child_records", "sessions", "staff_and_settings", "exports"],
  "Choose a kind of event from the list",
);
export type AuditActionGroup = z.infer<typeof AuditActionGroup>;

export const AUDIT_ACTION_GROUPS: Record<AuditActionGroup, readonly string[]> = {
  sign_ins: ["auth."],
  child_records: [
    "child.",
    "guardian_link.",
    "program.",
    "activity.",
    "practice.",
    "progress.",
    "progression.",
    "check_in.",
  ],
  sessions: ["booking.", "series.", "group.", "waitlist.", "live_session.", "availability."],
  staff_and_settings: ["staff.", "user.", "invitation.", "clinic.", "template."],
  exports: ["audit.", "calendar_feed."],
};

const AuditFilterFields = z.object({
  actorId: z.uuid().optional(),
  /** Events about this child's record and the sessions it was booked into. */
  childId: z.uuid("Choose a child from the list").optional(),
  action: storableText(80).optional(),
  group: AuditActionGroup.optional(),
  entityType: storableText(40).optional(),
  entityId: storableText(80, "A record id is at most 80 characters.").optional(),
  from: Moment.optional(),
  to: Moment.optional(),
});

const rangeInOrder = <T extends { from?: Date; to?: Date }>(i: T) =>
  !i.from || !i.to || i.from <= i.to;
const RANGE_MESSAGE = { message: "The end date is before the start date.", path: ["to"] };

export const ListAuditEventsInput = AuditFilterFields.extend({
  /** The id of the last event of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(200).default(50),
}).refine(rangeInOrder, RANGE_MESSAGE);

/** The same filters as the list, for the whole matching trail as a CSV file. */
export const ExportAuditEventsInput = AuditFilterFields.refine(rangeInOrder, RANGE_MESSAGE);

export const AuditEventPage = z.object({
  events: z.array(AuditEvent),
  nextCursor: z.uuid().nullable(),
});

export type ListAuditEventsInput = z.infer<typeof ListAuditEventsInput>;
export type ExportAuditEventsInput = z.infer<typeof ExportAuditEventsInput>;
