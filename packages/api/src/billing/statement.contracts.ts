import { z } from "zod";

const id = (what: string) => z.uuid(`That ${what} link is not valid`);

export const AccountKey = z.object({ childId: id("child") });
export type AccountKey = z.infer<typeof AccountKey>;
export const StatementKey = z.object({ statementId: id("statement") });
export type StatementKey = z.infer<typeof StatementKey>;

const FamilyShare = z.object({ words: z.string(), cents: z.int() });
export const StatementLine = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("visit"),
    on: z.iso.date(),
    description: z.string(),
    chargedCents: z.int(),
    planPaidCents: z.int(),
    planAdjustedCents: z.int(),
    planAnswered: z.boolean(),
    shares: z.array(FamilyShare),
    cents: z.int(),
    /** The visit in one plain sentence ("Your plan paid $84.20; $20.00 is your copay."). */
    sentence: z.string(),
  }),
  z.object({
    kind: z.enum(["fee", "invoice", "payment", "credit"]),
    on: z.iso.date(),
    description: z.string(),
    cents: z.int(),
  }),
]);
export type StatementLine = z.infer<typeof StatementLine>;

export const Statement = z.object({
  childId: z.uuid(),
  childName: z.string(),
  clinicName: z.string(),
  /** The clinic's today, or the day a kept statement was issued. */
  asOf: z.iso.date(),
  /** A kept statement's number; null for the account as it stands now. */
  number: z.int().nullable(),
  lines: z.array(StatementLine),
  balanceCents: z.int(),
});
export type Statement = z.infer<typeof Statement>;

export const StatementSummary = z.object({
  id: z.uuid(),
  number: z.int(),
  asOf: z.iso.date(),
  balanceCents: z.int(),
  emailedAt: z.date().nullable(),
});
export const StatementList = z.array(StatementSummary);
export const IssuedStatement = z.object({ statementId: z.uuid(), number: z.int() });
