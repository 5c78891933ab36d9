import { findClinic, listCurrentAuthorizations } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { standingOf } from "./authorization-standing";
import { earliestDay, readAuthorizationUse } from "./read-authorization-use";

/**
 * The clinic's current authorizations that need renewing — within 14 days of running out at the
 * booked pace, or 3 visits or fewer left — the soonest first, with the child and the payer. For
 * billing staff (anyone else finds nothing); a fixed number of statements whatever the clinic's size.
 */
export async function listAuthorizationsRunningOut(ctx: ActorContext) {
  if (!can(ctx.actor.role, "manageBilling")) throw notFound("authorizations");
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, ctx.actor.clinicId);
    if (!clinic) throw notFound("clinic");
    const today = localDateOf(ctx.now(), clinic.timeZone);
    const current = await listCurrentAuthorizations(tx, ctx.actor.clinicId, today);
    const childIds = [...new Set(current.map((row) => row.childId))];
    const { visits, sessions } = await readAuthorizationUse(tx, ctx, {
      childIds,
      since: earliestDay(
        current.map((row) => row.authorization.startsOn),
        today,
      ),
      audit: {
        action: "authorization.running_out",
        entityType: "clinic",
        entityId: ctx.actor.clinicId,
      },
    });
    return current
      .map((row) => ({
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
      }))
      .filter((standing) => standing.warn)
      .sort((a, b) => (a.runsOutOn < b.runsOutOn ? -1 : a.runsOutOn > b.runsOutOn ? 1 : 0));
  });
}
