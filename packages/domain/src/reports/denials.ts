import { describeCarc } from "../billing/carc";
import type { Adjustment, ClaimPayment } from "../billing/remittance";

/** A denied claim payment (CLP) of an imported remittance, with its payer and the month it came. */
export type DeniedClaim = {
  month: string;
  /** The payer's id, or, for a denial matched to no claim, the name the file gave. */
  payerKey: string;
  payerName: string;
  chargedCents: number;
  payment: Pick<ClaimPayment, "adjustments" | "lines">;
};

/** A denial that names no reason the clinic can act on (only the family's share, or nothing). */
export const NO_REASON_CODE = "none";

/**
 * Why a claim was denied: its adjustments' reason codes (CARC), claim-level and line-level, each
 * with the cents adjusted under it. PR adjustments are the family's share, not a reason to deny.
 */
export function denialReasonsOf(
  payment: DeniedClaim["payment"],
): { code: string; cents: number }[] {
  const adjustments: Adjustment[] = [
    ...payment.adjustments,
    ...payment.lines.flatMap((line) => line.adjustments),
  ].filter((adjustment) => adjustment.group !== "PR");
  const byCode = new Map<string, number>();
  for (const { reason, cents } of adjustments) {
    const code = describeCarc(reason).code;
    byCode.set(code, (byCode.get(code) ?? 0) + cents);
  }
  if (byCode.size === 0) return [{ code: NO_REASON_CODE, cents: 0 }];
  return [...byCode].map(([code, cents]) => ({ code, cents }));
}

const NO_REASON_WORDS = "The payer gave no reason code. See the payer's remittance advice.";

type Tally = { count: number; cents: number };
const bump = <K>(map: Map<K, Tally>, key: K, cents: number) => {
  const tally = map.get(key) ?? { count: 0, cents: 0 };
  map.set(key, { count: tally.count + 1, cents: tally.cents + cents });
};
const mostFirst = <T extends Tally>(a: T, b: T) => b.count - a.count || b.cents - a.cents;

/**
 * Denials by reason code (in plain words, with what to do), by payer and by month. A claim denied
 * for two reasons counts under each; a reason's cents are those adjusted under it, a payer's and a
 * month's the claims' charges. Every month of the range has a row.
 */
export function denialsReport(denials: DeniedClaim[], months: readonly string[]) {
  const byReason = new Map<string, Tally>();
  const byPayer = new Map<string, Tally & { payerName: string }>();
  const byMonth = new Map(months.map((month) => [month, { count: 0, cents: 0 }]));
  for (const denial of denials) {
    for (const reason of denialReasonsOf(denial.payment)) bump(byReason, reason.code, reason.cents);
    const payer = byPayer.get(denial.payerKey) ?? {
      payerName: denial.payerName,
      count: 0,
      cents: 0,
    };
    byPayer.set(denial.payerKey, {
      ...payer,
      count: payer.count + 1,
      cents: payer.cents + denial.chargedCents,
    });
    if (byMonth.has(denial.month)) bump(byMonth, denial.month, denial.chargedCents);
  }
  return {
    total: {
      count: denials.length,
      chargedCents: denials.reduce((sum, denial) => sum + denial.chargedCents, 0),
    },
    byReason: [...byReason]
      .sort(([, a], [, b]) => mostFirst(a, b))
      .map(([code, tally]) => {
        const carc = code === NO_REASON_CODE ? null : describeCarc(code);
        return {
          code,
          words: carc?.plain ?? NO_REASON_WORDS,
          fix: carc?.fix.words ?? "Call the payer to ask why.",
          count: tally.count,
          adjustedCents: tally.cents,
        };
      }),
    byPayer: [...byPayer]
      .sort(([, a], [, b]) => mostFirst(a, b))
      .map(([payerKey, tally]) => ({
        payerKey,
        payerName: tally.payerName,
        count: tally.count,
        chargedCents: tally.cents,
      })),
    byMonth: [...byMonth].map(([month, tally]) => ({
      month,
      count: tally.count,
      chargedCents: tally.cents,
    })),
  };
}
