import { z } from "zod";

import { Moment, storableText } from "@carryover/domain/bounds";
import { PRACTICE_TAPS, PracticeEntry, PracticeLog } from "@carryover/domain/home-program";

import { ChildId, LocalDate } from "./program.contracts";

export const LogPracticeInput = PracticeLog.extend({
  childId: z.uuid("That child link is not valid"),
  activityId: z.uuid("That activity link is not valid"),
  /** The device's key for this log, so a retry after a dropped connection is not counted twice. */
  clientKey: storableText(100).min(8),
  inSession: z.boolean().optional(),
});

export const PracticeLogged = z.object({ logId: z.uuid(), created: z.boolean() });

export const PracticeRange = ChildId.extend({ from: LocalDate, to: LocalDate });

export const PracticeLogView = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  practisedOn: z.string(),
  loggedAt: z.date(),
  entry: PracticeEntry,
  minutes: z.number().int().nullable(),
  note: z.string().nullable(),
  mood: z.string().nullable(),
  inSession: z.boolean(),
  mine: z.boolean(),
});

export const PracticeLogList = z.array(PracticeLogView);

const ClientKey = storableText(100).min(8);
const ChildRef = z.uuid("That child link is not valid");
const ActivityRef = z.uuid("That activity link is not valid");

/** One tap of a practice in progress: a try of a ladder, a comment counted. */
export const TapPracticeInput = z.object({
  childId: ChildRef,
  activityId: ActivityRef,
  clientKey: ClientKey,
  tap: z.enum(PRACTICE_TAPS, "That is not a tap of this practice"),
  /** When the tap was made on the phone (it may arrive late); the server keeps it within the last day. */
  tappedAt: Moment.optional(),
});
export const PracticeTapped = z.object({ recorded: z.boolean(), ended: z.boolean() });

/** "Undo last tap": the tap's own key. */
export const UndoTapInput = z.object({ childId: ChildRef, clientKey: ClientKey });
export const TapUndone = z.object({ undone: z.boolean() });

/** Ending a practice in progress before the rule does, with the optional note and mood. */
export const FinishPracticeInput = z.object({
  childId: ChildRef,
  activityId: ActivityRef,
  note: PracticeLog.shape.note,
  mood: PracticeLog.shape.mood,
});
export const PracticeFinished = z.object({ logId: z.uuid().nullable() });

export const OpenPracticeView = z.object({
  activityId: z.uuid(),
  taps: z.array(
    z.object({ clientKey: z.string(), tap: z.enum(PRACTICE_TAPS), tappedAt: z.date() }),
  ),
});
export const OpenPracticeList = z.array(OpenPracticeView);

/** Undoing a saved log or a "Done", on the day it was logged. */
export const UndoPracticeInput = z.object({ logId: z.uuid("That practice link is not valid") });
export const PracticeUndone = z.object({ undone: z.literal(true) });

export type LogPracticeInput = z.infer<typeof LogPracticeInput>;
export type PracticeRange = z.infer<typeof PracticeRange>;
export type TapPracticeInput = z.infer<typeof TapPracticeInput>;
export type UndoTapInput = z.infer<typeof UndoTapInput>;
export type FinishPracticeInput = z.infer<typeof FinishPracticeInput>;
export type UndoPracticeInput = z.infer<typeof UndoPracticeInput>;
export type OpenPracticeView = z.infer<typeof OpenPracticeView>;
