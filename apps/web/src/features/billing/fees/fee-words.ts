import type { FeeKind } from "@carryover/domain/billing";

import { formatCents } from "~/lib/money";

/** Each fee's name on the clinic's settings. */
export const FEE_TITLES: Record<FeeKind, string> = {
  late_cancel: "Late-cancellation fee",
  no_show: "No-show fee",
};

/** When each fee is charged, in the words the settings explain it with. */
export const FEE_WHEN: Record<FeeKind, string> = {
  late_cancel:
    "Charged when a family cancels inside the session type's notice window, or staff record that they did. The family sees the amount before they confirm.",
  no_show: "Charged to each child's family when staff record that no one came to the session.",
};

/** "Parent coaching session, Evaluation and Re-evaluation". */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/**
 * Where a fee stands, in a sentence: "$40.00 for Parent coaching session and Evaluation.",
 * "Off: no session type is charged it.", "Not set yet.".
 */
export function feeStandingWords(amountCents: number | null, sessionTypeNames: readonly string[]) {
  if (amountCents === null) return "Not set yet: no session is charged it.";
  if (sessionTypeNames.length === 0) return "Off: no session type is charged it.";
  return `${formatCents(amountCents)} for ${listed(sessionTypeNames)}.`;
}

/** What the form says once a fee is saved. */
export function feeSavedWords(
  kind: FeeKind,
  amountCents: number,
  sessionTypeNames: readonly string[],
) {
  const fee = FEE_TITLES[kind];
  return sessionTypeNames.length === 0
    ? `Saved. The ${fee.toLowerCase()} is off: no session type is chosen.`
    : `Saved. The ${fee.toLowerCase()} is ${formatCents(amountCents)} for ${listed(sessionTypeNames)}, from now on.`;
}
