import { z } from "zod";

/** How many of the most urgent items an answer lists when the caller does not say. */
export const DUE_ITEMS_SHOWN = 50;

export const DocumentationDueInput = z
  .object({
    childId: z.uuid("That child link is not valid").optional(),
    /** At most this many items, the most urgent; the counts cover them all. */
    limit: z.number().int().min(1).max(200).optional(),
  })
  .optional();
export type DocumentationDueInput = z.infer<typeof DocumentationDueInput>;

const Urgency = z.enum(["soon", "due", "overdue"]);
const Child = { childId: z.uuid(), childName: z.string() };

/** One deadline of one child's chart (documentationDueItems), with the child it belongs to. */
export const DocumentationDueItem = z.discriminatedUnion("kind", [
  z.object({
    ...Child,
    kind: z.literal("progress_report"),
    urgency: Urgency,
    dueBy: z.null(),
    visitsSinceLastReport: z.number().int(),
  }),
  z.object({
    ...Child,
    kind: z.literal("certification"),
    urgency: z.enum(["due", "overdue"]),
    dueBy: z.string(),
  }),
  z.object({
    ...Child,
    kind: z.literal("recertification"),
    urgency: z.enum(["due", "overdue"]),
    dueBy: z.string(),
  }),
  z.object({
    ...Child,
    kind: z.literal("discharge_summary"),
    urgency: z.literal("due"),
    dueBy: z.string(),
  }),
  z.object({
    ...Child,
    kind: z.literal("unsigned_note"),
    urgency: z.enum(["due", "overdue"]),
    dueBy: z.null(),
    noteId: z.uuid(),
    visitEndedAt: z.date(),
    lateAt: z.date(),
  }),
]);
export type DocumentationDueItem = z.infer<typeof DocumentationDueItem>;

/** How many items of one kind at one urgency are due in reach. */
export const DocumentationDueCount = z.object({
  kind: z.enum([
    "unsigned_note",
    "certification",
    "recertification",
    "progress_report",
    "discharge_summary",
  ]),
  urgency: Urgency,
  count: z.number().int(),
});
export type DocumentationDueCount = z.infer<typeof DocumentationDueCount>;

/**
 * The most urgent items across children (at most the limit), and how many of each kind and urgency
 * are due in all; `total` is their sum.
 */
export const DocumentationDue = z.object({
  items: z.array(DocumentationDueItem),
  counts: z.array(DocumentationDueCount),
  total: z.number().int(),
});
export type DocumentationDue = z.infer<typeof DocumentationDue>;
