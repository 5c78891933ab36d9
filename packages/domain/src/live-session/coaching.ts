import { z } from "zod";

import { commentRatio, meetsCommentTarget } from "../home-program/comment-ratio";
import { totalOf } from "./intervals";

/** DOMAIN.md: at least 4 descriptive comments per correction or instruction. */
export const DESCRIPTIVE_COMMENTS_PER_DIRECTION = 4;

/** The session's tally with its ratio rounded to one decimal; the target is judged unrounded. */
export function commentingRatio(tally: { descriptive: number; directive: number }): {
  descriptive: number;
  directive: number;
  ratio: number | null;
  meetsTarget: boolean;
} {
  const { descriptive, directive } = tally;
  const exact = commentRatio(descriptive, directive);
  return {
    descriptive,
    directive,
    ratio: exact === null ? null : Math.round(exact * 10) / 10,
    meetsTarget: meetsCommentTarget(descriptive, directive, DESCRIPTIVE_COMMENTS_PER_DIRECTION),
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
