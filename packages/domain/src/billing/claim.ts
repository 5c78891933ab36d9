import type { PricedLine } from "./charges";

/**
 * A claim's life (DOMAIN.md, "Billing flow"): a draft until the scrubber passes it, ready, then
 * submitted in a batch; the payer accepts or rejects it, and its remittance pays or denies it. A correction
 * is a new claim that replaces (7) or voids (8) a submitted one.
 */
export const CLAIM_STATUSES = [
  "draft",
  "ready",
  "submitted",
  "accepted",
  "rejected",
  "paid",
  "denied",
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_FREQUENCIES = ["1", "7", "8"] as const;
export type ClaimFrequency = (typeof CLAIM_FREQUENCIES)[number];

/** A billed line: coded, priced and pointed at up to four of the claim's diagnoses. */
export type BilledLine = PricedLine & { diagnosisPointers: number[] };

/** An 837P claim carries at most 12 diagnoses, and a line points at up to 4 of them. */
export const MAX_CLAIM_DIAGNOSES = 12;
const MAX_POINTERS = 4;

/** The chart's diagnoses a claim carries, in the therapist's order, and every line's pointers. */
export function pointedLines(lines: PricedLine[], diagnoses: string[]) {
  const carried = diagnoses.slice(0, MAX_CLAIM_DIAGNOSES);
  const pointers = carried.slice(0, MAX_POINTERS).map((_, index) => index + 1);
  return {
    diagnoses: carried,
    lines: lines.map((line): BilledLine => ({ ...line, diagnosisPointers: pointers })),
  };
}

/** The patient control number (CLM01) the payer sends back: "CO-" and the claim's number. */
export const claimControlNumber = (claimNumber: number) =>
  `CO-${String(claimNumber).padStart(6, "0")}`;

/** The claim number in a control number a payer sent back ("CO-001234" → 1234); null for another's. */
export function claimNumberOf(controlNumber: string): number | null {
  const match = /^CO-(\d{6,15})$/.exec(controlNumber.trim().toUpperCase());
  return match?.[1] ? Number(match[1]) : null;
}

/** Claims a biller can still change and scrub; the rest have left for the payer. */
export const isOpenClaim = (status: ClaimStatus) => status === "draft" || status === "ready";

/** "Dana Thompson" → first "Dana", last "Thompson"; a single word is the last name. */
export function splitName(full: string) {
  const words = full.trim().split(/\s+/);
  const lastName = words.pop() ?? "";
  return { firstName: words.join(" "), lastName };
}

/**
 * A claim's status after a remittance's payment of it (CLP02): a denial leaves it denied, a
 * reversal takes it back to accepted (the payer will adjudicate it again), anything else is paid,
 * in full or in part.
 */
export function claimStatusAfterPayment(paymentStatus: string, denied: boolean): ClaimStatus {
  if (paymentStatus === "22") return "accepted";
  return denied ? "denied" : "paid";
}
