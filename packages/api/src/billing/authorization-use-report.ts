import { pipelined } from "@carryover/db";
import { findClinic, listAuthorizationsInForce, listPayerNames } from "@carryover/db/queries";
import { authorizationUseReport as useOf } from "@carryover/domain/reports";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { requireBillingStaff } from "../policy/billing-access";
import { standingOf } from "./authorization-standing";
import { earliestDay, readAuthorizationUse } from "./read-authorization-use";
import { requireChoice } from "./report-scope";
import type { AuthorizationUseInput } from "./report.contracts";

/**
 * Each authorization in force: visits or units used against those approved, booked ahead, left,
 * and the days until it runs out (standingOf, as the child's coverage page shows it); one payer's
 * when chosen. Billing staff only; two round trips whatever the clinic's size.
 */
export async function authorizationUseReport(ctx: ActorContext, input: AuthorizationUseInput) {
  requireBillingStaff(ctx.actor, "report");
  const { clinicId } = ctx.actor;
  const payerId = input?.payerId;
  return ctx.db.transaction(async (tx) => {
    const [clinic, current, payers] = await pipelined([
      findClinic(tx, clinicId),
      listAuthorizationsInForce(tx, { clinicId, now: ctx.now(), payerId }),
      listPayerNames(tx, clinicId),
    ]);
    if (!clinic) throw notFound("clinic");
    const options = payers.map((p) => ({ id: p.id, name: p.name, active: p.archivedAt === null }));
    const chosen = requireChoice(payerId, options, "payer");
    const today = localDateOf(ctx.now(), clinic.timeZone);
    const { visits, sessions } = await readAuthorizationUse(tx, ctx, {
      childIds: [...new Set(current.map((row) => row.childId))],
      since: earliestDay(
        current.map((row) => row.authorization.startsOn),
        today,
      ),
      audit: { action: "report.authorization_use", entityType: "clinic", entityId: clinicId },
    });
    const use = useOf(
      current.map((row) => ({
        childId: row.childId,
        childName: row.childName,
        payerName: row.payerName,
        ...standingOf({
          auth: row.authorization,
          rules: row.payerRules,
          visits: visits.filter((v) => v.childId === row.childId),
          sessions: sessions.filter((s) => s.childId === row.childId),
          today,
          timeZone: clinic.timeZone,
        }),
      })),
    );
    return { asOf: today, payers: options, payerId: chosen, ...use };
  });
}
