import { z } from "zod";

export const DocumentationDueInput = z
  .object({ childId: z.uuid("That child link is not valid").optional() })
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

/** Most urgent first across children. */
export const DocumentationDueList = z.array(DocumentationDueItem);
