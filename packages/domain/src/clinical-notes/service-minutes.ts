import { z } from "zod";

import type { TimerSegment } from "../live-session/coaching";
import { mergeSpans, totalOf } from "../live-session/intervals";

/** The kinds of service a therapist can mark during a session (DOMAIN.md, "Billing facts"). */
export const TREATMENT_SERVICES = [
  "therapeutic_activities",
  "self_care",
  "sensory_integration",
  "therapeutic_exercise",
  "neuromuscular_reeducation",
  "caregiver_training",
] as const;
export const TreatmentService = z.enum(TREATMENT_SERVICES);
export type TreatmentService = z.infer<typeof TreatmentService>;

/** The CPT code each service bills under; caregiver training starts at 97550 (97551 adds on). */
export const SERVICE_CPT_CODES = {
  therapeutic_activities: "97530",
  self_care: "97535",
  sensory_integration: "97533",
  therapeutic_exercise: "97110",
  neuromuscular_reeducation: "97112",
  caregiver_training: "97550",
} as const satisfies Record<TreatmentService, string>;

export const SERVICE_LABELS = {
  therapeutic_activities: "Therapeutic activities",
  self_care: "Self-care and home management training",
  sensory_integration: "Sensory integration",
  therapeutic_exercise: "Therapeutic exercise",
  neuromuscular_reeducation: "Neuromuscular re-education",
  caregiver_training: "Caregiver training",
} as const satisfies Record<TreatmentService, string>;

/** From this moment until the next mark, the therapist is giving this service. */
export const ServiceMark = z.object({ service: TreatmentService, at: z.date() });
export type ServiceMark = z.infer<typeof ServiceMark>;

export type ServiceMinutes = {
  /** Child-present minutes per service; a service that rounds to no minute is left out. */
  byService: Partial<Record<TreatmentService, number>>;
  /** Child-present minutes before the first mark: the therapist must assign them. */
  unmarkedChildPresentMinutes: number;
  caregiverOnlyMinutes: number;
  childPresentMinutes: number;
  totalMinutes: number;
};

type Span = [number, number];

const MS_PER_MINUTE = 60_000;

function assertMoment(field: string, moment: Date): number {
  const ms = +moment;
  if (!Number.isFinite(ms)) throw new RangeError(`${field} must be a valid date`);
  return ms;
}

function spansOf(segments: readonly TimerSegment[], kind: TimerSegment["kind"], end: number) {
  return mergeSpans(
    segments.flatMap((segment, i) => {
      const start = assertMoment(`segments[${i}].startedAt`, segment.startedAt);
      const stop = segment.endedAt ? assertMoment(`segments[${i}].endedAt`, segment.endedAt) : end;
      return segment.kind === kind ? [[start, Math.min(stop, end)] as const] : [];
    }),
  );
}

/** The parts of merged `spans` that no merged span of `removed` covers. */
function subtractSpans(spans: readonly Span[], removed: readonly Span[]): Span[] {
  return spans.flatMap(([start, end]) => {
    const left: Span[] = [];
    let from = start;
    for (const [cutStart, cutEnd] of removed) {
      if (cutEnd <= from || cutStart >= end) continue;
      if (cutStart > from) left.push([from, cutStart]);
      from = Math.max(from, cutEnd);
    }
    if (from < end) left.push([from, end]);
    return left;
  });
}

function overlapMs(spans: readonly Span[], start: number, end: number): number {
  return spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);
}

/** Marks in time order, clipped to the session end; of marks at one instant the last given wins. */
function effectiveMarks(marks: readonly ServiceMark[], end: number) {
  const timed = marks.map((mark, i) => {
    if (!TreatmentService.safeParse(mark.service).success)
      throw new RangeError(`marks[${i}].service must be one of ${TREATMENT_SERVICES.join(", ")}`);
    return { service: mark.service, at: Math.min(assertMoment(`marks[${i}].at`, mark.at), end) };
  });
  // Array.prototype.sort is stable, so marks at one instant keep the order they were given in.
  const sorted = timed.sort((a, b) => a.at - b.at);
  return sorted.filter((mark, i) => sorted[i + 1]?.at !== mark.at);
}

/** Whole minutes that add up to Math.round(total ms); leftover minutes go to the largest remainders. */
function largestRemainder(shares: readonly { key: string; ms: number }[]): Map<string, number> {
  const totalMinutes = Math.round(shares.reduce((sum, s) => sum + s.ms, 0) / MS_PER_MINUTE);
  const minutes = new Map(shares.map((s) => [s.key, Math.floor(s.ms / MS_PER_MINUTE)]));
  let leftover = totalMinutes - [...minutes.values()].reduce((sum, m) => sum + m, 0);
  // The sort is stable, so equal remainders keep the shares' order (earliest first mark first).
  const byRemainder = [...shares].sort((a, b) => (b.ms % MS_PER_MINUTE) - (a.ms % MS_PER_MINUTE));
  for (const share of byRemainder) {
    if (leftover === 0) break;
    minutes.set(share.key, (minutes.get(share.key) ?? 0) + 1);
    leftover -= 1;
  }
  return minutes;
}

const UNMARKED = "unmarked";

/**
 * The minutes a visit note records per kind of service, from the session timer and the therapist's
 * service marks.
 *
 * - A running segment (endedAt null) runs to the session's `endedAt`; segments and marks after
 *   `endedAt` are clipped to it; a segment that ends before it starts is ignored.
 * - Where child-present and caregiver-only segments overlap, the child counts as present.
 * - Child-present time goes to the service of the latest mark before it, or is unmarked before the
 *   first mark. Marks carry on through caregiver-only time and gaps but only child-present time
 *   counts toward them; caregiver-only time is always caregiver training.
 * - Rounding: per-service and unmarked minutes sum to the rounded child-present total (largest
 *   remainder; on a tie unmarked time comes first, then services by their first mark).
 *
 * Throws a RangeError for an invalid date or an unknown service.
 */
export function serviceMinutes(input: {
  segments: readonly TimerSegment[];
  marks: readonly ServiceMark[];
  endedAt: Date;
}): ServiceMinutes {
  const end = assertMoment("endedAt", input.endedAt);
  const childSpans = spansOf(input.segments, "child_present", end);
  const caregiverSpans = subtractSpans(spansOf(input.segments, "caregiver_only", end), childSpans);

  const marks = effectiveMarks(input.marks, end);
  const shares = new Map<string, number>([
    [UNMARKED, overlapMs(childSpans, -Infinity, marks[0]?.at ?? end)],
  ]);
  marks.forEach((mark, i) => {
    const ms = overlapMs(childSpans, mark.at, marks[i + 1]?.at ?? end);
    shares.set(mark.service, (shares.get(mark.service) ?? 0) + ms);
  });

  const minutes = largestRemainder([...shares].map(([key, ms]) => ({ key, ms })));
  const byService: Partial<Record<TreatmentService, number>> = {};
  for (const service of TREATMENT_SERVICES) {
    const given = minutes.get(service) ?? 0;
    if (given > 0) byService[service] = given;
  }
  const childPresentMinutes = Math.round(totalOf(childSpans) / MS_PER_MINUTE);
  const caregiverOnlyMinutes = Math.round(totalOf(caregiverSpans) / MS_PER_MINUTE);
  return {
    byService,
    unmarkedChildPresentMinutes: minutes.get(UNMARKED) ?? 0,
    caregiverOnlyMinutes,
    childPresentMinutes,
    totalMinutes: childPresentMinutes + caregiverOnlyMinutes,
  };
}
