import {
  burnDown,
  chargesForVisit,
  unitsForMinutes,
  type PayerRuleSet,
} from "@carryover/domain/billing";
import type { NoteContent } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

const MINUTE = 60_000;
/** How far ahead booked sessions count against an authorization. */
export const BOOKED_HORIZON_MS = 366 * 1440 * MINUTE;

export type AuthorizationRow = {
  id: string;
  counts: "visits" | "units";
  approved: number;
  codes: string[] | null;
  startsOn: string;
  endsOn: string;
  reference: string | null;
};
export type SignedVisit = { on: string; content: NoteContent };
export type BookedSession = { startsAt: Date; endsAt: Date };

/** The units a signed visit bills of the codes an authorization covers, coded by the payer's method. */
function unitsOfVisit(visit: SignedVisit, auth: AuthorizationRow, rules: PayerRuleSet) {
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

/** What the sessions booked ahead take of an authorization: a visit each, or the units their length makes. */
export function bookedUses(auth: AuthorizationRow, sessions: BookedSession[], timeZone: string) {
  return sessions.map((s) => ({
    on: localDateOf(s.startsAt, timeZone),
    amount:
      auth.counts === "visits"
        ? 1
        : unitsForMinutes(Math.round((+s.endsAt - +s.startsAt) / MINUTE)),
  }));
}

/**
 * Where an authorization stands: the child's signed visits in its dates count as used (a visit
 * each, or the units their minutes code to for the payer), the sessions booked ahead as scheduled
 * (a visit each, or the units their length makes).
 */
export function standingOf(input: {
  auth: AuthorizationRow;
  rules: PayerRuleSet;
  visits: SignedVisit[];
  sessions: BookedSession[];
  today: string;
  timeZone: string;
}) {
  const { auth, rules, today, timeZone } = input;
  const terms = {
    counts: auth.counts,
    approved: auth.approved,
    startsOn: auth.startsOn,
    endsOn: auth.endsOn,
  };
  const inRange = input.visits.filter((v) => v.on >= auth.startsOn && v.on <= auth.endsOn);
  const used =
    auth.counts === "visits"
      ? inRange.length
      : inRange.reduce((sum, visit) => sum + unitsOfVisit(visit, auth, rules), 0);
  const booked = bookedUses(auth, input.sessions, timeZone);
  return {
    id: auth.id,
    codes: auth.codes,
    reference: auth.reference,
    ...terms,
    ...burnDown({ terms, used, booked, today }),
  };
}
