import { CARC_TABLE, SEE_REMITTANCE, type CarcEntry } from "./carc-table";
import { RARC_TABLE, type RarcEntry } from "./rarc-table";
import type { AdjustmentGroup } from "./remittance";

export {
  CARC_FIX_KINDS,
  CARC_TABLE,
  type CarcEntry,
  type CarcFix,
  type CarcFixKind,
} from "./carc-table";
export { RARC_TABLE, type RarcEntry } from "./rarc-table";

export type DescribedCarc = CarcEntry & { code: string };

/** A reason code in words; a code not in the table is shown by number. */
export function describeCarc(code: string): DescribedCarc {
  const key = code.trim().toUpperCase();
  const entry = CARC_TABLE[key];
  if (entry) return { code: key, ...entry };
  return {
    code: key,
    description: `Reason code ${key}.`,
    plain: SEE_REMITTANCE,
    fix: { kind: "none", words: SEE_REMITTANCE },
  };
}

const GROUPS: Record<AdjustmentGroup, string> = {
  CO: "Contractual obligation",
  PR: "Patient responsibility",
  OA: "Other adjustment",
  PI: "Payer initiated reduction",
  CR: "Correction or reversal",
};

export const describeGroup = (group: AdjustmentGroup) => GROUPS[group];

export type DescribedRarc = RarcEntry & { code: string };

/** A remark code in words; a code not in the table is shown by number. */
export function describeRarc(code: string): DescribedRarc {
  const key = code.trim().toUpperCase();
  const entry = RARC_TABLE[key];
  if (entry) return { code: key, ...entry };
  return { code: key, description: `Remark code ${key}.`, plain: SEE_REMITTANCE };
}
