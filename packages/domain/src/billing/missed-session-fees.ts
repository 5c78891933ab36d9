import { spokenDay } from "./coverage";
import type { FeeKind } from "./family-money-types";

/**
 * A clinic's fee for one kind of missed session (DOMAIN.md, "Families": late-cancellation and
 * no-show fees by clinic policy): its amount, and the session types it is charged for.
 */
export type FeePolicy = {
  kind: FeeKind;
  amountCents: number;
  /** The session types the fee applies to; none: the fee is off. */
  sessionTypeIds: readonly string[];
};

/** The fee a missed session is charged under the clinic's policy, in cents; null when none applies. */
export function feeFor(
  policy: FeePolicy | null | undefined,
  missed: { kind: FeeKind; sessionTypeId: string },
): number | null {
  if (!policy || policy.kind !== missed.kind) return null;
  if (!Number.isInteger(policy.amountCents) || policy.amountCents <= 0) return null;
  return policy.sessionTypeIds.includes(missed.sessionTypeId) ? policy.amountCents : null;
}

/** Each fee's name, as the clinic's settings and a family's account say it. */
export const FEE_KIND_WORDS: Record<FeeKind, string> = {
  late_cancel: "Late cancellation",
  no_show: "No-show",
};

/** What a fee's entry on the account says, the session's local day in words. */
export function feeMemo(kind: FeeKind, sessionOn: string): string {
  const day = spokenDay(sessionOn);
  return kind === "late_cancel"
    ? `Late cancellation of the session on ${day}`
    : `No-show for the session on ${day}`;
}
