import { z } from "zod";

import { ReportContent } from "@carryover/domain/clinical-notes";

export const ProgressReportChildId = z.object({ childId: z.uuid("That child link is not valid") });
export type ProgressReportChildId = z.infer<typeof ProgressReportChildId>;

export const ProgressReportNoteId = z.object({ noteId: z.uuid("That report link is not valid") });
export type ProgressReportNoteId = z.infer<typeof ProgressReportNoteId>;

/** The open draft: the one just written, or the one already waiting. */
export const ProgressReportDraft = z.object({
  noteId: z.uuid(),
  version: z.number().int(),
  serviceOn: z.string(),
  content: ReportContent,
  /** False when an open draft was already there and is handed back as it stands. */
  created: z.boolean(),
});

export const SentToFamily = z.object({ ok: z.literal(true), notified: z.number().int() });

/** A signed report as the family sees it: its period and its family version, nothing clinical. */
export const FamilyProgressReports = z.array(
  z.object({
    noteId: z.uuid(),
    kind: z.enum(["progress_report", "discharge_summary"]),
    periodFrom: z.string(),
    periodTo: z.string(),
    familySummary: z.string(),
  }),
);
