import { pipelined } from "@carryover/db";
import { findSessionType, listChildCoverages } from "@carryover/db/queries";
import { coversBooking, needsAuthorization, unitsForMinutes } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { requireChildAccess } from "../policy/child-access";
import { bookedUses, standingOf } from "./authorization-standing";
import type { BookingCoverageInput } from "./authorization.contracts";
import { earliestDay, readAuthorizationUse } from "./read-authorization-use";

const covered = { covered: true as const };

/**
 * Whether the child's plan pays for one more session at `start`: a session its payer needs an
 * authorization for and none covers — none on file for that day, or the sessions booked before it
 * use it up — is worth a warning before it is booked (never a refusal). For staff who manage the
 * child; audited on the child's record. It names the payer and the day, never an amount.
 */
export async function checkBookingCoverage(ctx: ActorContext, input: BookingCoverageInput) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireChildAccess(tx, ctx.actor, input.childId, "manage");
    const [sessionType, coverages] = await pipelined([
      findSessionType(tx, ctx.actor.clinicId, input.sessionTypeId),
      listChildCoverages(tx, input.childId),
    ]);
    if (!sessionType) throw notFound("session type");
    const on = localDateOf(input.start, child.clinicTimeZone);
    const primary = coverages.find(
      (c) => c.rank === "primary" && c.effectiveFrom <= on && (c.effectiveTo ?? on) >= on,
    );
    if (!primary) return covered;
    const today = localDateOf(ctx.now(), child.clinicTimeZone);
    // This year's visits (the payer's yearly rule) and those since its authorizations began.
    const { visits, sessions } = await readAuthorizationUse(tx, ctx, {
      childIds: [input.childId],
      since: earliestDay(
        primary.authorizations.map((a) => a.startsOn),
        `${on.slice(0, 4)}-01-01`,
      ),
      audit: {
        action: "authorization.check_booking",
        entityType: "child",
        entityId: input.childId,
      },
    });
    const visitsThisYear = visits.filter((v) => v.on.slice(0, 4) === on.slice(0, 4)).length;
    if (!needsAuthorization(primary.payerRules, visitsThisYear)) return covered;
    const payer = primary.payerName;
    const auth = primary.authorizations.find((a) => a.startsOn <= on && a.endsOn >= on);
    if (!auth) return { covered: false as const, reason: "none" as const, payerName: payer, on };
    const standing = standingOf({
      auth,
      rules: primary.payerRules,
      visits,
      sessions,
      today,
      timeZone: child.clinicTimeZone,
    });
    const amount = auth.counts === "visits" ? 1 : unitsForMinutes(sessionType.durationMinutes);
    const booked = bookedUses(auth, sessions, child.clinicTimeZone);
    if (coversBooking({ terms: auth, used: standing.used, booked, on, amount })) return covered;
    return {
      covered: false as const,
      reason: "used_up" as const,
      payerName: payer,
      on,
      authorization: { counts: auth.counts, approved: auth.approved, endsOn: auth.endsOn },
    };
  });
}
