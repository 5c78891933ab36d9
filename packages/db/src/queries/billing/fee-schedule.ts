import { and, asc, eq, isNull } from "drizzle-orm";

import type { Queryable } from "../../client";
import { feeScheduleEntries } from "../../schema";

/** A clinic's fees: its standard charges (no payer) and each payer's, by code. */
export async function listFeeSchedule(q: Queryable, clinicId: string) {
  return q
    .select({
      payerId: feeScheduleEntries.payerId,
      code: feeScheduleEntries.code,
      cents: feeScheduleEntries.cents,
      updatedAt: feeScheduleEntries.updatedAt,
    })
    .from(feeScheduleEntries)
    .where(eq(feeScheduleEntries.clinicId, clinicId))
    .orderBy(asc(feeScheduleEntries.code));
}

type FeeKey = { clinicId: string; payerId: string | null; code: string };

/** Sets what one payer (or, with no payer, the clinic's standard schedule) is charged for a code. */
export async function setFee(q: Queryable, fee: FeeKey & { cents: number; at: Date }) {
  await q
    .insert(feeScheduleEntries)
    .values({ ...fee, updatedAt: fee.at })
    .onConflictDoUpdate({
      target: [feeScheduleEntries.clinicId, feeScheduleEntries.payerId, feeScheduleEntries.code],
      set: { cents: fee.cents, updatedAt: fee.at },
    });
}

/** Removes a code's fee: a payer's code is then charged at the standard rate. */
export async function deleteFee(q: Queryable, fee: FeeKey) {
  await q
    .delete(feeScheduleEntries)
    .where(
      and(
        eq(feeScheduleEntries.clinicId, fee.clinicId),
        fee.payerId === null
          ? isNull(feeScheduleEntries.payerId)
          : eq(feeScheduleEntries.payerId, fee.payerId),
        eq(feeScheduleEntries.code, fee.code),
      ),
    );
}
