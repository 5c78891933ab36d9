import { z } from "zod";

import {
  PAYER_KINDS,
  PayerIdentifier,
  PayerRuleSet,
  PostalAddress,
} from "@carryover/domain/billing";
import { storableText } from "@carryover/domain/bounds";

/** A payer as the clinic bills it: who, where claims go, and its rule set. */
export const PayerDetails = z.object({
  name: storableText(120, "Keep the payer's name under 120 characters")
    .trim()
    .min(1, "Enter the payer's name as it appears on the card"),
  kind: z.enum(PAYER_KINDS, "Choose the kind of payer"),
  /** The id claims are addressed to; none for self-pay and paper-only payers. */
  payerId: PayerIdentifier.nullable(),
  /** Where paper claims go; none for self-pay. */
  address: PostalAddress.nullable(),
  rules: PayerRuleSet,
});
export type PayerDetails = z.infer<typeof PayerDetails>;

export const PayerKey = z.object({ id: z.uuid("Choose a payer") });
export type PayerKey = z.infer<typeof PayerKey>;

export const PayerChange = PayerDetails.extend(PayerKey.shape);
export type PayerChange = z.infer<typeof PayerChange>;

export const Payer = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(PAYER_KINDS),
  payerId: z.string().nullable(),
  address: z
    .object({ addressLine1: z.string(), city: z.string(), state: z.string(), zip: z.string() })
    .nullable(),
  rules: PayerRuleSet,
  /** When it stopped taking new plans; its claims stay. */
  archivedAt: z.date().nullable(),
  /** The children's plans with this payer in force today. */
  plansInForce: z.int(),
});
export type Payer = z.infer<typeof Payer>;
export const PayerList = z.array(Payer);

export const SavedPayer = z.object({ id: z.uuid() });
export const ArchivedPayer = z.object({ id: z.uuid(), archivedAt: z.date() });
