import { z } from "zod";

import { BillingCode, FeeCents } from "@carryover/domain/billing";

/** One code's charge per unit: for a payer, or (no payer) the clinic's standard charge. */
export const FeeEntry = z.object({
  payerId: z.uuid().nullable(),
  code: z.string(),
  cents: z.int(),
  updatedAt: z.date(),
});
export type FeeEntry = z.infer<typeof FeeEntry>;

export const FeeSchedule = z.object({
  /** Every code to price: those the clinic bills and any other on a schedule, in order. */
  codes: z.array(z.string()),
  /** The clinic's payers, one column each; archived ones after the rest. */
  payers: z.array(z.object({ id: z.uuid(), name: z.string(), archived: z.boolean() })),
  entries: z.array(FeeEntry),
});
export type FeeSchedule = z.infer<typeof FeeSchedule>;

/** Sets one code's amount; none (null) clears it, so a payer's code is charged at the standard rate. */
export const SetFee = z.object({
  payerId: z.uuid("Choose a payer, or the standard charges").nullable(),
  code: BillingCode,
  cents: FeeCents.nullable(),
});
export type SetFee = z.infer<typeof SetFee>;

export const SetFeeResult = z.object({
  payerId: z.uuid().nullable(),
  code: z.string(),
  cents: z.int().nullable(),
});
