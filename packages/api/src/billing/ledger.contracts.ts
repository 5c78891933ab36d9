import { z } from "zod";

import { LEDGER_KINDS, LEDGER_PARTIES, MAX_FEE_CENTS } from "@carryover/domain/billing";
import { storableText } from "@carryover/domain/bounds";

const id = (what: string) => z.uuid(`That ${what} link is not valid`);

export const PAYMENT_METHODS = ["cash", "check", "card_terminal"] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS, "Choose how the family paid");

const PostedCents = z
  .int("Enter the amount in dollars and cents, like 20.00")
  .min(1, "Enter an amount over $0.00")
  .max(MAX_FEE_CENTS, "Enter an amount up to $100,000.00");
const Memo = storableText(500, "Keep the note to 500 characters").optional();

export const LedgerKey = z.object({ childId: id("child") });
export type LedgerKey = z.infer<typeof LedgerKey>;

export const LedgerEntry = z.object({
  id: z.uuid(),
  at: z.date(),
  party: z.enum(LEDGER_PARTIES),
  kind: z.enum(LEDGER_KINDS),
  cents: z.int(),
  claimId: z.uuid().nullable(),
  /** The missed session a fee, or its waiver, is for. */
  appointmentId: z.uuid().nullable(),
  controlNumber: z.string().nullable(),
  code: z.string().nullable(),
  groupCode: z.string().nullable(),
  reasonCode: z.string().nullable(),
  /** The reason in plain words, where a payer gave one. */
  reasonWords: z.string().nullable(),
  method: z.string().nullable(),
  memo: z.string().nullable(),
  byName: z.string().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

const Balances = z.object({ insurance: z.int(), family: z.int(), total: z.int() });

export const ChildLedger = z.object({
  childId: z.uuid(),
  childName: z.string(),
  balances: Balances,
  /** What the family has paid, less refunds: the most a refund may be. */
  refundableCents: z.int(),
  claims: z.array(
    z.object({
      claimId: z.uuid(),
      controlNumber: z.string(),
      serviceOn: z.iso.date(),
      payerName: z.string(),
      insurance: z.int(),
      family: z.int(),
    }),
  ),
  entries: z.array(LedgerEntry),
});
export type ChildLedger = z.infer<typeof ChildLedger>;

export const RecordPaymentInput = LedgerKey.extend({
  cents: PostedCents,
  method: PaymentMethod,
  memo: Memo,
});
export type RecordPaymentInput = z.infer<typeof RecordPaymentInput>;

export const RefundInput = LedgerKey.extend({ cents: PostedCents, memo: Memo });
export type RefundInput = z.infer<typeof RefundInput>;

export const WriteOffInput = LedgerKey.extend({
  party: z.enum(LEDGER_PARTIES, "Choose whose balance to write off"),
  cents: PostedCents,
  memo: storableText(500, "Keep the reason to 500 characters")
    .trim()
    .min(1, "Say why, for the next person who reads this account"),
});
export type WriteOffInput = z.infer<typeof WriteOffInput>;

export const LedgerPosted = z.object({ entryId: z.uuid(), balances: Balances });

/** A late-cancellation or no-show fee taken off the family's balance, once, with the reason. */
export const WaiveFeeInput = LedgerKey.extend({
  entryId: z.uuid("That fee link is not valid").optional(),
  appointmentId: z.uuid("That session link is not valid").optional(),
  reason: storableText(500, "Keep the reason to 500 characters")
    .trim()
    .min(1, "Say why the fee is waived, for the next person who reads this account"),
}).refine((input) => input.entryId !== undefined || input.appointmentId !== undefined, {
  message: "Choose the fee to waive",
  path: ["entryId"],
});
export type WaiveFeeInput = z.infer<typeof WaiveFeeInput>;
