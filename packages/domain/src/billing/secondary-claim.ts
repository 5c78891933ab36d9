import type { ClaimFrequency, ClaimStatus } from "./claim";
import { dollars } from "./remittance-postings";

/*
 * After a claim's payer answers, what it left is billed to the child's secondary plan with the
 * payer's adjudication (the 837P's 2320/2430), or moved to the family. What is left is what
 * insurance still owes on the claim and the patient responsibility the payer moved to the family:
 * a secondary plan is billed for both.
 */

/** What a claim's account says once its payer answered. */
export type ClaimLeftFacts = {
  status: ClaimStatus;
  frequency: ClaimFrequency;
  payerName: string;
  /** The claim carries another payer's adjudication: it went to a secondary plan. */
  isSecondary: boolean;
  /** What insurance still owes on the claim (its payer's entries). */
  insuranceCents: number;
  /** The family's balance from the claim: the patient responsibility its payer moved to them. */
  familyCents: number;
  /** The secondary claim made of this one, once it was billed to the secondary plan. */
  secondaryClaim: { controlNumber: string; payerName: string } | null;
  /** What was moved from insurance to the family by hand on this claim. */
  movedToFamilyCents: number;
  /** The child's secondary plan on the visit's date: its payer's name. */
  secondaryPayerName: string | null;
};

export type ClaimFollowUpRefusal = {
  ok: false;
  reason:
    | "IS_SECONDARY"
    | "IS_VOID"
    | "NOT_ANSWERED"
    | "NO_SECONDARY_PLAN"
    | "NOTHING_LEFT"
    | "ALREADY_BILLED"
    | "ALREADY_MOVED";
  message: string;
};

/** The payer answered the claim with a payment or a denial. */
const answered = (status: ClaimStatus) => status === "paid" || status === "denied";

const refuse = (reason: ClaimFollowUpRefusal["reason"], message: string): ClaimFollowUpRefusal => ({
  ok: false,
  reason,
  message,
});

function refusalBeforeAnswer(facts: ClaimLeftFacts, next: string): ClaimFollowUpRefusal | null {
  if (facts.frequency === "8") return refuse("IS_VOID", "A void bills nothing: nothing is left.");
  if (!answered(facts.status))
    return refuse(
      "NOT_ANSWERED",
      `${facts.payerName} hasn't paid this claim yet. ${next} once its remittance is posted.`,
    );
  return null;
}

/** What the payer left on the claim: insurance's part, the family's part, and both. */
export function leftOnClaim(facts: Pick<ClaimLeftFacts, "insuranceCents" | "familyCents">) {
  const insuranceCents = Math.max(facts.insuranceCents, 0);
  const familyCents = Math.max(facts.familyCents, 0);
  return { insuranceCents, familyCents, totalCents: insuranceCents + familyCents };
}

/**
 * Whether what the claim's payer left can be billed to the child's secondary plan: once, on a
 * primary claim its payer has answered, when the child has a secondary plan on the visit's date
 * and something is left. On yes, what moves from insurance and from the family.
 */
export function decideBillSecondary(
  facts: ClaimLeftFacts,
):
  | { ok: true; fromInsuranceCents: number; fromFamilyCents: number; cents: number }
  | ClaimFollowUpRefusal {
  if (facts.isSecondary)
    return refuse(
      "IS_SECONDARY",
      "This claim already went to the secondary plan; a third plan is not billed from here.",
    );
  if (facts.secondaryClaim)
    return refuse(
      "ALREADY_BILLED",
      `This claim was billed to ${facts.secondaryClaim.payerName} already, as ${facts.secondaryClaim.controlNumber}.`,
    );
  const early = refusalBeforeAnswer(facts, "Bill the secondary plan");
  if (early) return early;
  if (!facts.secondaryPayerName)
    return refuse(
      "NO_SECONDARY_PLAN",
      "The child has no secondary plan on the visit's date. Add it to the child's coverage first, or move what is left to the family.",
    );
  const left = leftOnClaim(facts);
  if (left.totalCents === 0)
    return refuse(
      "NOTHING_LEFT",
      `Nothing is left to bill: ${facts.payerName} paid or adjusted the whole charge.`,
    );
  return {
    ok: true,
    fromInsuranceCents: left.insuranceCents,
    fromFamilyCents: left.familyCents,
    cents: left.totalCents,
  };
}

/**
 * Whether what insurance still owes on the claim can be moved to the family: once its payer has
 * answered, when insurance owes something on it (the patient responsibility is the family's already).
 */
export function decideMoveToFamily(
  facts: ClaimLeftFacts,
): { ok: true; cents: number } | ClaimFollowUpRefusal {
  const early = refusalBeforeAnswer(facts, "Move what is left");
  if (early) return early;
  if (facts.insuranceCents > 0) return { ok: true, cents: facts.insuranceCents };
  if (facts.movedToFamilyCents > 0)
    return refuse(
      "ALREADY_MOVED",
      `${dollars(facts.movedToFamilyCents)} of this claim was moved to the family already; insurance owes nothing more on it.`,
    );
  if (facts.secondaryClaim)
    return refuse(
      "ALREADY_BILLED",
      `What was left was billed to ${facts.secondaryClaim.payerName} as ${facts.secondaryClaim.controlNumber}.`,
    );
  const family = Math.max(facts.familyCents, 0);
  return refuse(
    "NOTHING_LEFT",
    `Insurance owes nothing more on this claim${family > 0 ? `: the family's share of ${dollars(family)} is on their account already` : ""}.`,
  );
}
