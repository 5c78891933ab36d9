import { z } from "zod";

import { storableText } from "@carryover/domain/bounds";
import { PracticeEntry, PracticeLog } from "@carryover/domain/home-program";

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

export type LogPracticeInput = z.infer<typeof LogPracticeInput>;
export type PracticeRange = z.infer<typeof PracticeRange>;
