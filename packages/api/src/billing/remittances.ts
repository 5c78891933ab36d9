import {
  findRemittance,
  listOpenDenials,
  listRemittanceClaims,
  listRemittances,
  markDenialWorked,
  type RemittanceClaimRow,
} from "@carryover/db/queries";
import {
  describeCarc,
  describeGroup,
  describePaymentStatus,
  describeProviderAdjustment,
  describeRarc,
  type Adjustment,
} from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit, auditRead } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { DenialKey, EraClaim, EraKey } from "./era.contracts";

const LIST_LIMIT = 200;

const reasonOf = (code: string) => {
  const { description, plain, fix } = describeCarc(code);
  return { code, description, plain, fixKind: fix.kind, fix: fix.words };
};

const adjustmentOf = (adjustment: Adjustment) => ({
  group: adjustment.group,
  groupWords: describeGroup(adjustment.group),
  cents: adjustment.cents,
  quantity: adjustment.quantity,
  reason: reasonOf(adjustment.reason),
});

const remarkOf = (code: string) => ({ code, words: describeRarc(code).plain });

function claimOf(row: RemittanceClaimRow): EraClaim {
  const { payment } = row;
  return {
    id: row.id,
    controlNumber: row.controlNumber,
    claimId: row.claimId,
    childId: row.childId,
    childName: row.childName,
    status: row.status,
    statusWords: describePaymentStatus(row.status),
    chargedCents: row.chargedCents,
    paidCents: row.paidCents,
    patientResponsibilityCents: row.patientResponsibilityCents,
    payerClaimNumber: row.payerClaimNumber,
    unmatched: row.unmatched,
    denied: row.denied,
    workedAt: row.workedAt,
    adjustments: payment.adjustments.map(adjustmentOf),
    lines: payment.lines.map((line) => ({
      code: line.code,
      modifiers: line.modifiers,
      serviceDate: line.serviceDate,
      units: line.units,
      chargedCents: line.chargedCents,
      paidCents: line.paidCents,
      adjustments: line.adjustments.map(adjustmentOf),
      remarks: line.remarks.map(remarkOf),
    })),
    remarks: payment.remarks.map(remarkOf),
  };
}

/** The clinic's imported remittances, newest first. Billing staff only. */
export async function listEras(ctx: ActorContext) {
  requireBillingStaff(ctx.actor, "remittances");
  const remittances = await listRemittances(ctx.db, ctx.actor.clinicId, LIST_LIMIT);
  return { remittances };
}

/** One remittance with each claim payment in words: posted, denied or unmatched. Audited. */
export async function getEra(ctx: ActorContext, input: EraKey) {
  requireBillingStaff(ctx.actor, "remittance");
  const { clinicId, userId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const remittance = await findRemittance(tx, clinicId, input.remittanceId);
    if (!remittance) throw notFound("remittance");
    const [rows] = await Promise.all([
      listRemittanceClaims(tx, clinicId, remittance.id),
      auditRead(tx, ctx.meta, {
        actorId: userId,
        clinicId,
        action: "remittance.get",
        entityType: "remittance",
        entityId: remittance.id,
      }),
    ]);
    return {
      ...remittance,
      providerAdjustments: remittance.providerAdjustments.map((adjustment) => ({
        reason: adjustment.reason,
        reference: adjustment.reference,
        cents: adjustment.cents,
        words: describeProviderAdjustment(adjustment.reason),
      })),
      claims: rows.map(claimOf),
    };
  });
}

/** Each reason a denial gives, once: the claim's own first, then its lines'. */
function denialReasons(row: RemittanceClaimRow) {
  const codes = [
    ...row.payment.adjustments,
    ...row.payment.lines.flatMap((line) => line.adjustments),
  ]
    .filter((adjustment) => adjustment.group !== "PR")
    .map((adjustment) => adjustment.reason);
  return [...new Set(codes)].map(reasonOf);
}

/** The denials nobody has worked yet, each reason in plain words with its likely fix. */
export async function listDenials(ctx: ActorContext) {
  requireBillingStaff(ctx.actor, "denials");
  const { clinicId, userId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const [rows] = await Promise.all([
      listOpenDenials(tx, clinicId, LIST_LIMIT),
      auditRead(tx, ctx.meta, {
        actorId: userId,
        clinicId,
        action: "remittance.denials",
        entityType: "clinic",
        entityId: clinicId,
      }),
    ]);
    return {
      denials: rows.flatMap((row) =>
        row.claimId && row.childId && row.childName && row.payerName
          ? [
              {
                id: row.id,
                remittanceId: row.remittanceId,
                claimId: row.claimId,
                controlNumber: row.controlNumber,
                childId: row.childId,
                childName: row.childName,
                payerName: row.payerName,
                paidOn: row.paidOn,
                chargedCents: row.chargedCents,
                reasons: denialReasons(row),
              },
            ]
          : [],
      ),
    };
  });
}

/** Takes a denial off the work list: corrected, appealed, or written off elsewhere. */
export async function markWorked(ctx: ActorContext, input: DenialKey) {
  requireBillingStaff(ctx.actor, "denial");
  const { clinicId, userId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const worked = await markDenialWorked(tx, {
      clinicId,
      remittanceClaimId: input.remittanceClaimId,
      userId,
      at: ctx.now(),
    });
    if (!worked) throw notFound("denial");
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: "remittance.denial_worked",
      entityType: "claim",
      entityId: worked.claimId,
    });
    return { ok: true as const };
  });
}
