import { z } from "zod";

import { calendarDate } from "@carryover/domain/bounds";
import { ReportContent } from "@carryover/domain/clinical-notes";

export const DraftDischargeSummaryInput = z.object({
  childId: z.uuid("That child link is not valid"),
  dischargedOn: calendarDate("Enter the date as YYYY-MM-DD"),
});
export type DraftDischargeSummaryInput = z.infer<typeof DraftDischargeSummaryInput>;

export const DischargeSummaryDraft = z.object({
  noteId: z.uuid(),
  version: z.number().int(),
  serviceOn: z.string(),
  content: ReportContent,
  created: z.boolean(),
});
