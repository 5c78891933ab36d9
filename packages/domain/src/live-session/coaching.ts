import { z } from "zod";

import { commentRatio, meetsCommentTarget } from "../home-program/comment-ratio";
import { totalOf } from "./intervals";

/** The session's descriptive-commenting tally with its running ratio, rounded to one decimal. */
export function commentingRatio(tally: { descriptive: number; directive: number }) {
  const { descriptive, directive } = tally;
  const exact = commentRatio(descriptive, directive);
  return {
    descriptive,
    directive,
    ratio: exact === null ? null : Math.round(exact * 10) / 10,
    meetsTarget: meetsCommentTarget(descriptive, directive),
  };
}

export const SESSION_SEGMENT_KINDS = ["child_present", "caregiver_only"] as const;
export const SessionSegmentKind = z.enum(SESSION_SEGMENT_KINDS);
export type SessionSegmentKind = z.infer<typeof SessionSegmentKind>;

export type TimerSegment = { kind: SessionSegmentKind; startedAt: Date; endedAt: Date | null };

/** Seconds in each kind of segment (billing reads them); a running segment counts up to now. */
export function segmentSeconds(
  segments: readonly TimerSegment[],
  now: Date,
): Record<SessionSegmentKind, number> {
  const secondsOf = (kind: SessionSegmentKind) =>
    Math.floor(
      totalOf(
        segments
          .filter((s) => s.kind === kind)
          .map((s) => [+s.startedAt, +(s.endedAt ?? now)] as const),
      ) / 1000,
    );
  return { child_present: secondsOf("child_present"), caregiver_only: secondsOf("caregiver_only") };
}
