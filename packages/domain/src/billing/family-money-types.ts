/** A clinic's fees for a session missed: cancelled inside its window, or not attended. */
export const FEE_KINDS = ["late_cancel", "no_show"] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** A card payment with the provider: started, then succeeded or failed (as the provider reports). */
export const CARD_PAYMENT_STATUSES = ["pending", "succeeded", "failed"] as const;
export type CardPaymentStatus = (typeof CARD_PAYMENT_STATUSES)[number];

/** One line of a self-pay invoice, fixed when it is issued. */
export type InvoiceItem = {
  description: string;
  /** The visit's day, where the item is a visit. */
  serviceOn: string | null;
  cents: number;
};

/** Why the family owes part of a visit, in the words a statement uses ("your copay"). */
export type FamilyShare = { words: string; cents: number };

/**
 * One line of a family's statement. A visit shows what the plan did and what is left for the family;
 * fees and invoices what was charged; payments and credits what came off. The lines sum to the balance.
 */
export type StatementLine =
  | {
      kind: "visit";
      on: string;
      description: string;
      chargedCents: number;
      planPaidCents: number;
      planAdjustedCents: number;
      /** Whether the plan has answered for this visit yet. */
      planAnswered: boolean;
      shares: FamilyShare[];
      /** What the family owes for it, net of anything paid against it. */
      cents: number;
    }
  | {
      kind: "fee" | "invoice" | "payment" | "credit";
      on: string;
      description: string;
      cents: number;
    };

export type StatementBody = { lines: StatementLine[]; balanceCents: number };
