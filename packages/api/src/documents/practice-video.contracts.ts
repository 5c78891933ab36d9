import { z } from "zod";

import { withoutNul } from "@carryover/domain/bounds";
import { MessageBody, VideoMoment } from "@carryover/domain/messaging";

export const PRACTICE_VIDEO_NOTE_MAX = 500;

/** A video the guardian uploaded (`POST /api/documents`), shared as practice of an activity. */
export const SharePracticeVideoInput = z.object({
  childId: z.uuid("That child link is not valid"),
  documentId: z.uuid("Upload the video first"),
  activityId: z.uuid("Choose the activity the video shows"),
  note: z
    .string()
    .trim()
    .max(PRACTICE_VIDEO_NOTE_MAX, `Keep the note under ${PRACTICE_VIDEO_NOTE_MAX} characters`)
    .check(withoutNul())
    .default(""),
});
export type SharePracticeVideoInput = z.infer<typeof SharePracticeVideoInput>;

export const PracticeVideosInput = z.object({
  childId: z.uuid("That child link is not valid"),
  activityId: z.uuid("That activity link is not valid").optional(),
});
export type PracticeVideosInput = z.infer<typeof PracticeVideosInput>;

export const PracticeVideoOf = z.object({ videoId: z.uuid("That video link is not valid") });
export type PracticeVideoOf = z.infer<typeof PracticeVideoOf>;

/** The therapist's answer beside the video: a message in the child's conversation. */
export const ReplyToPracticeVideoInput = z.object({
  videoId: z.uuid("That video link is not valid"),
  body: MessageBody,
  momentSeconds: VideoMoment.optional(),
});
export type ReplyToPracticeVideoInput = z.infer<typeof ReplyToPracticeVideoInput>;

const Reply = z.object({
  id: z.uuid(),
  body: z.string(),
  momentSeconds: z.number().int().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.date(),
});

export const PracticeVideo = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  /** Play it from `/api/documents/<documentId>`. */
  documentId: z.uuid(),
  mime: z.string(),
  activityId: z.uuid().nullable(),
  activityName: z.string(),
  note: z.string(),
  guardianName: z.string().nullable(),
  seenAt: z.date().nullable(),
  createdAt: z.date(),
  replies: z.array(Reply),
});
export type PracticeVideo = z.infer<typeof PracticeVideo>;

export const PracticeVideos = z.object({
  side: z.enum(["family", "staff"]),
  videos: z.array(PracticeVideo),
});

export const UnseenPracticeVideos = z.object({
  videos: z.array(PracticeVideo.omit({ replies: true }).extend({ childName: z.string() })),
});

export const SharedPracticeVideo = z.object({ id: z.uuid() });
export const SeenPracticeVideo = z.object({ id: z.uuid(), seenAt: z.date() });
export const PracticeVideoReply = z.object({ id: z.uuid(), videoId: z.uuid() });
