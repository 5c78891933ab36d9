import { mergeSpans, totalOf } from "./intervals";

export type AttendanceSegment = { identity: string; joinedAt: Date; leftAt: Date | null };
export type Attendance = {
  identity: string;
  minutes: number;
  firstJoinedAt: Date;
  lastLeftAt: Date;
  segments: number;
};
type Timing = { roomFinishedAt: Date | null; now: Date };

/** A segment with no "left" ends when the room finished, or now while it still runs. */
function spanOf(segment: AttendanceSegment, timing: Timing): [number, number] {
  const start = +segment.joinedAt;
  const end = segment.leftAt ? +segment.leftAt : +(timing.roomFinishedAt ?? timing.now);
  return [start, Math.max(start, end)];
}

const toMinutes = (ms: number) => Math.round(ms / 60_000);

/**
 * Minutes each participant was in the room. Overlapping segments of one participant (two devices, a
 * rejoin before the "left" arrived) count once. Sorted by first join.
 */
export function attendanceByParticipant(
  segments: readonly AttendanceSegment[],
  timing: Timing,
): Attendance[] {
  const byIdentity = new Map<string, AttendanceSegment[]>();
  for (const s of segments) byIdentity.set(s.identity, [...(byIdentity.get(s.identity) ?? []), s]);
  return [...byIdentity.entries()]
    .map(([identity, own]) => {
      const spans = own.map((s) => spanOf(s, timing));
      const merged = mergeSpans(spans);
      const first = Math.min(...spans.map(([s]) => s));
      const last = Math.max(...spans.map(([, e]) => e));
      return {
        identity,
        minutes: toMinutes(merged.reduce((sum, [s, e]) => sum + (e - s), 0)),
        firstJoinedAt: new Date(first),
        lastLeftAt: new Date(last),
        segments: own.length,
      };
    })
    .sort((a, b) => +a.firstJoinedAt - +b.firstJoinedAt);
}

/** The session's actual minutes: while anyone was in the room (gaps with nobody not counted). */
export function sessionMinutes(segments: readonly AttendanceSegment[], timing: Timing): number {
  return toMinutes(totalOf(segments.map((s) => spanOf(s, timing))));
}
