import {
  DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS,
  unsignedNoteStatus,
} from "../clinical-notes/documentation-due";
import { daysOfMs, median, percentile } from "./statistics";

/** A visit and its documentation: when it ended, when its note was signed and its claim sent. */
export type DocumentedVisit = {
  /** The note's id, or for a session with no note its appointment's and child's. */
  key: string;
  therapistId: string;
  therapistName: string;
  childName: string;
  serviceOn: string;
  visitEndedAt: Date;
  signedAt: Date | null;
  /** When the visit's first claim went to the payer; null while none has. */
  claimSentAt: Date | null;
};

/** How many late visits a report lists; the count covers them all. */
export const LATE_VISITS_LISTED = 100;

/**
 * Whether a note missed the clinic's deadline (its unsigned-note limit, 24 hours by default): the
 * rule of unsignedNoteStatus, as it stood when the note was signed, or now for a note still unsigned.
 */
export function hoursOverDeadline(visit: DocumentedVisit, now: Date, limitHours: number) {
  const status = unsignedNoteStatus({
    visitEndedAt: visit.visitEndedAt,
    signedAt: null,
    now: visit.signedAt ?? now,
    limitHours,
  });
  return status.state === "late" ? status.hoursLate : null;
}

const tenths = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);
const lagOf = (days: number[]) => ({
  medianDays: tenths(median(days)),
  p90Days: percentile(days, 90),
});

function summary(visits: DocumentedVisit[], now: Date, limitHours: number) {
  const toSign = visits.flatMap((v) =>
    v.signedAt ? [daysOfMs(+v.signedAt - +v.visitEndedAt)] : [],
  );
  const toClaim = visits.flatMap((v) =>
    v.claimSentAt ? [daysOfMs(+v.claimSentAt - +v.visitEndedAt)] : [],
  );
  return {
    visits: visits.length,
    signed: toSign.length,
    claimsSent: toClaim.length,
    overDeadline: visits.filter((v) => hoursOverDeadline(v, now, limitHours) !== null).length,
    toSign: lagOf(toSign),
    toClaim: lagOf(toClaim),
  };
}

/**
 * Days from visit to signed note and from visit to claim sent, per therapist and for everyone:
 * median and 90th percentile of the notes signed (claims sent), and the visits over the deadline,
 * the newest first.
 */
export function documentationLagReport(
  visits: DocumentedVisit[],
  input: { now: Date; limitHours?: number },
) {
  const limitHours = input.limitHours ?? DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS;
  const byTherapist = new Map<string, DocumentedVisit[]>();
  for (const visit of visits)
    byTherapist.set(visit.therapistId, [...(byTherapist.get(visit.therapistId) ?? []), visit]);
  const late = visits
    .flatMap((visit) => {
      const hoursLate = hoursOverDeadline(visit, input.now, limitHours);
      return hoursLate === null ? [] : [{ ...visit, hoursLate }];
    })
    .sort((a, b) => +b.visitEndedAt - +a.visitEndedAt);
  return {
    limitHours,
    all: summary(visits, input.now, limitHours),
    byTherapist: [...byTherapist]
      .map(([therapistId, own]) => ({
        therapistId,
        therapistName: own[0]?.therapistName ?? "",
        ...summary(own, input.now, limitHours),
      }))
      .sort((a, b) => a.therapistName.localeCompare(b.therapistName, "en")),
    late: late.slice(0, LATE_VISITS_LISTED).map((visit) => ({
      key: visit.key,
      therapistName: visit.therapistName,
      childName: visit.childName,
      serviceOn: visit.serviceOn,
      signedAt: visit.signedAt,
      hoursLate: visit.hoursLate,
    })),
    lateCount: late.length,
  };
}
