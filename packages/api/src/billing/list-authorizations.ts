import { pipelined } from "@carryover/db";
import {
  listBookedSessionsOfChild,
  listChildCoverages,
  listSignedVisits,
} from "@carryover/db/queries";
import {
  burnDown,
  chargesForVisit,
  unitsForMinutes,
  type PayerRuleSet,
} from "@carryover/domain/billing";
import type { NoteContent } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { auditRead } from "../policy/audit";
import { requireBillingChild } from "../policy/billing-access";
import type { ChildCoverageKey } from "./authorization.contracts";

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
/** How far ahead booked sessions count against an authorization. */
const BOOKED_HORIZON_DAYS = 366;

type Authorization = Awaited<
  ReturnType<typeof listChildCoverages>
>[number]["authorizations"][number];
type SignedVisit = { on: string; content: NoteContent };

/** The units a signed visit bills of the codes an authorization covers, coded by the payer's method. */
function unitsOfVisit(visit: SignedVisit, auth: Authorization, rules: PayerRuleSet) {
  if (!("minutes" in visit.content) || !("modality" in visit.content)) return 0;
  const { minutes, modality } = visit.content;
  const lines = chargesForVisit({
    minutes,
    modality,
    ...(modality === "telehealth" && { telehealth: { patientAtHome: true, audioOnly: false } }),
    habilitative: true,
    rules,
    payerFees: {},
    standardFees: {},
  }).lines;
  return lines
    .filter((line) => auth.codes === null || auth.codes.includes(line.code))
    .reduce((sum, line) => sum + line.units, 0);
}

/**
 * A child's coverage with each authorization's burn-down: the signed visits in its dates count as
 * used (a visit each, or the units their minutes code to for the payer), the sessions booked ahead
 * as scheduled (a visit each, or the units their length makes), and the day it runs out at that
 * pace. For billing staff; audited on the child's record.
 */
export async function listAuthorizations(ctx: ActorContext, input: ChildCoverageKey) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    const now = ctx.now();
    const today = localDateOf(now, child.clinicTimeZone);
    const coverages = await listChildCoverages(tx, input.childId);
    const earliest = coverages
      .flatMap((c) => c.authorizations.map((a) => a.startsOn))
      .reduce((min, on) => (on < min ? on : min), today);
    const [visits, sessions] = await pipelined([
      listSignedVisits(tx, input.childId, earliest),
      listBookedSessionsOfChild(tx, input.childId, now, new Date(+now + BOOKED_HORIZON_DAYS * DAY)),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "authorization.list",
        entityType: "child",
        entityId: input.childId,
      }),
    ]);
    const booked = (counts: "visits" | "units") =>
      sessions.map((s) => ({
        on: localDateOf(s.startsAt, child.clinicTimeZone),
        amount:
          counts === "visits" ? 1 : unitsForMinutes(Math.round((+s.endsAt - +s.startsAt) / MINUTE)),
      }));
    return coverages.map(({ authorizations, payerRules, ...coverage }) => ({
      ...coverage,
      authorizations: authorizations.map((auth) => {
        const terms = {
          counts: auth.counts,
          approved: auth.approved,
          startsOn: auth.startsOn,
          endsOn: auth.endsOn,
        };
        const inRange = visits.filter((v) => v.on >= auth.startsOn && v.on <= auth.endsOn);
        const used =
          auth.counts === "visits"
            ? inRange.length
            : inRange.reduce((sum, visit) => sum + unitsOfVisit(visit, auth, payerRules), 0);
        return {
          id: auth.id,
          codes: auth.codes,
          reference: auth.reference,
          ...terms,
          ...burnDown({ terms, used, booked: booked(auth.counts), today }),
        };
      }),
    }));
  });
}
