import { z } from "zod";

import { FEE_KINDS, MAX_FEE_CENTS } from "@carryover/domain/billing";
import { SessionKind } from "@carryover/domain/scheduling";

export const FeeKind = z.enum(FEE_KINDS, "Choose the fee: late cancellation or no-show");

/** A clinic's missed-session fee as it stands; a fee the clinic never set has no amount. */
export const FeePolicyEntry = z.object({
  kind: FeeKind,
  amountCents: z.int().nullable(),
  /** The session types it is charged for; none: the fee is off. */
  sessionTypeIds: z.array(z.uuid()),
  updatedAt: z.date().nullable(),
  updatedByName: z.string().nullable(),
});
export type FeePolicyEntry = z.infer<typeof FeePolicyEntry>;

export const FeePolicies = z.object({
  /** Whether the caller may change them: the clinic's admin; a biller reads them. */
  canEdit: z.boolean(),
  /** The clinic's session types a fee may name, the active ones first. */
  sessionTypes: z.array(
    z.object({ id: z.uuid(), name: z.string(), kind: SessionKind, active: z.boolean() }),
  ),
  /** Both fees, late cancellation first. */
  policies: z.array(FeePolicyEntry),
});
export type FeePolicies = z.infer<typeof FeePolicies>;

export const UpdateFeePolicyInput = z.object({
  kind: FeeKind,
  amountCents: z
    .int("Enter the amount in dollars and cents, like 40.00")
    .min(1, "Enter an amount over $0.00")
    .max(MAX_FEE_CENTS, "Enter an amount up to $100,000.00"),
  sessionTypeIds: z
    .array(z.uuid("That session type link is not valid"))
    .max(100, "Choose up to 100 session types"),
});
export type UpdateFeePolicyInput = z.infer<typeof UpdateFeePolicyInput>;
