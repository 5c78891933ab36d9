import { pipelined } from "@carryover/db";
import {
  childBalances,
  findCoverageChild,
  insertLedgerEntry,
  listChildClaimBalances,
  listChildLedger,
  lockChildLedger,
  type LedgerEntryInsert,
} from "@carryover/db/queries";
import {
  checkFamilyPayment,
  checkRefund,
  checkWriteOff,
  claimControlNumber,
  describeCarc,
} from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit, auditRead } from "../policy/audit";
import { requireBillingChild } from "../policy/billing-access";
import type { LedgerKey, RecordPaymentInput, RefundInput, WriteOffInput } from "./ledger.contracts";

/** The newest entries a child's account shows. */
const SHOWN_ENTRIES = 500;

/** A child's account for billing staff: balances (sums of entries), each claim's, every entry. */
export async function getChildLedger(ctx: ActorContext, input: LedgerKey) {
  const { clinicId, userId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    const [named, balances, claims, entries] = await pipelined([
      findCoverageChild(tx, child.id),
      childBalances(tx, child.id),
      listChildClaimBalances(tx, child.id),
      listChildLedger(tx, child.id, SHOWN_ENTRIES),
      auditRead(tx, ctx.meta, {
        actorId: userId,
        clinicId,
        action: "ledger.read",
        entityType: "child",
        entityId: child.id,
      }),
    ]);
    const { refundable, ...totals } = balances;
    return {
      childId: child.id,
      childName: named ? `${named.firstName} ${named.lastName}` : "",
      balances: totals,
      refundableCents: refundable,
      claims: claims.map(({ claimNumber, ...claim }) => ({
        ...claim,
        controlNumber: claimControlNumber(claimNumber),
      })),
      entries: entries.map(({ claimNumber, ...entry }) => ({
        ...entry,
        controlNumber: claimNumber === null ? null : claimControlNumber(claimNumber),
        reasonWords: entry.reasonCode ? describeCarc(entry.reasonCode).plain : null,
      })),
    };
  });
}

const refused = (reason: string, message: string, field: string) =>
  new AppError("UNPROCESSABLE", reason, message, { field });

/**
 * One entry on a child's account by billing staff, checked against the account as it stands
 * (the account held until the entry is written), audited.
 */
async function post(
  ctx: ActorContext,
  childId: string,
  entry: (
    balances: Awaited<ReturnType<typeof childBalances>>,
  ) => Omit<LedgerEntryInsert, "clinicId" | "childId" | "datedOn" | "createdById" | "createdAt">,
) {
  const { clinicId, userId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, childId);
    await lockChildLedger(tx, child.id);
    const values = entry(await childBalances(tx, child.id));
    const entryId = await insertLedgerEntry(tx, {
      ...values,
      clinicId,
      childId: child.id,
      datedOn: localDateOf(ctx.now(), child.clinicTimeZone),
      createdById: userId,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: `ledger.${values.kind}`,
      entityType: "child",
      entityId: child.id,
    });
    const { refundable: _, ...balances } = await childBalances(tx, child.id);
    return { entryId, balances };
  });
}

/** A family's payment taken by hand: cash, a check, a card at the front desk. */
export async function recordPayment(ctx: ActorContext, input: RecordPaymentInput) {
  return post(ctx, input.childId, () => {
    const problem = checkFamilyPayment(input.cents);
    if (problem) throw refused("PAYMENT_REFUSED", problem, "cents");
    return {
      party: "family",
      kind: "family_payment",
      cents: -input.cents,
      method: input.method,
      memo: input.memo ?? null,
    };
  });
}

/** Money given back to the family: never more than they paid. */
export async function refund(ctx: ActorContext, input: RefundInput) {
  return post(ctx, input.childId, (balances) => {
    const problem = checkRefund(input.cents, balances.refundable);
    if (problem) throw refused("REFUND_TOO_LARGE", problem, "cents");
    return { party: "family", kind: "refund", cents: input.cents, memo: input.memo ?? null };
  });
}

/** A balance the clinic will not collect, with the reason; never more than is owed. */
export async function writeOff(ctx: ActorContext, input: WriteOffInput) {
  return post(ctx, input.childId, (balances) => {
    const problem = checkWriteOff(input.cents, balances[input.party], input.party);
    if (problem) throw refused("WRITE_OFF_TOO_LARGE", problem, "cents");
    return { party: input.party, kind: "write_off", cents: -input.cents, memo: input.memo };
  });
}
