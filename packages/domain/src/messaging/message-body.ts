import { z } from "zod";

import { withoutNul } from "../bounds";
import { MESSAGE_MAX_LENGTH } from "./rules";

/** What a person writes in a message: trimmed, not empty, within the limit; kept as text. */
export const MessageBody = z
  .string()
  .trim()
  .min(1, "Write a message first")
  .max(
    MESSAGE_MAX_LENGTH,
    `Keep a message under ${MESSAGE_MAX_LENGTH} characters, or send a document`,
  )
  .check(withoutNul());

/** Longer than any practice video can be (200 MB of phone video is well under two hours). */
export const MAX_VIDEO_SECONDS = 4 * 60 * 60;

/** A moment of a practice video a reply is about, in whole seconds from its start. */
export const VideoMoment = z
  .int("Give the moment in whole seconds")
  .min(0, "The moment is from the start of the video")
  .max(MAX_VIDEO_SECONDS, "That moment is past the end of any practice video");
