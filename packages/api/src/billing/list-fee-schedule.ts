import { pipelined } from "@carryover/db";
import { listFeeSchedule as listFees, listPayerNames } from "@carryover/db/queries";
import { CAREGIVER_CODES, TIMED_CODES, UNTIMED_CODES } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { requireBillingStaff } from "../policy/billing-access";

const CODES_THE_CLINIC_BILLS: readonly string[] = [
  ...UNTIMED_CODES,
  ...TIMED_CODES,
  ...Object.values(CAREGIVER_CODES),
];

/** The clinic's standard charges and each payer's, by code; billing staff only. */
export async function listFeeSchedule(ctx: ActorContext) {
  requireBillingStaff(ctx.actor, "fee schedule");
  return ctx.db.transaction(async (tx) => {
    const [entries, payers] = await pipelined([
      listFees(tx, ctx.actor.clinicId),
      listPayerNames(tx, ctx.actor.clinicId),
    ]);
    const codes = [...new Set([...CODES_THE_CLINIC_BILLS, ...entries.map((e) => e.code)])].sort();
    return {
      codes,
      payers: payers.map((p) => ({ id: p.id, name: p.name, archived: p.archivedAt !== null })),
      entries,
    };
  });
}
