import { z } from "zod";

import { calendarDate, storableText } from "../bounds";
import { ACTIVITY_KINDS } from "../home-program/activity";
import { MODALITIES } from "../scheduling/rules";
import { EvaluationComplexity } from "./complexity";
import { GoalVisitStatus } from "./goals";

/** The signed documents of a child's chart; each is drafted, signed, locked and amended alike. */
export const NOTE_KINDS = [
  "evaluation",
  "reevaluation",
  "visit",
  "progress_report",
  "discharge_summary",
] as const;
export const NoteKind = z.enum(NOTE_KINDS, "Choose a kind of note");
export type NoteKind = z.infer<typeof NoteKind>;

const prose = (max = 20_000) =>
  storableText(max, `Keep it under ${max.toLocaleString("en-US")} characters`);
const line = (max = 300) =>
  storableText(max, `Keep it under ${max} characters`).pipe(z.string().trim());

/** A standardized assessment given at an evaluation (free entries; common tools are offered). */
export const AssessmentGiven = z.object({
  name: line(200).pipe(z.string().min(1, "Name the assessment")),
  givenOn: calendarDate("Enter the date as YYYY-MM-DD"),
  scores: line(1000),
  interpretation: prose(4000),
});
export type AssessmentGiven = z.infer<typeof AssessmentGiven>;

export const EvaluationContent = z.object({
  reasonForReferral: prose(4000),
  history: prose(),
  /** The family's priorities in their own words. */
  familyPriorities: prose(4000),
  assessments: z.array(AssessmentGiven).max(30, "List at most 30 assessments"),
  observations: prose(),
  deficits: z.array(line(300).pipe(z.string().min(1, "Describe the deficit"))).max(40),
  /** What the therapist confirmed; the count of deficits only suggests it. */
  complexity: EvaluationComplexity.nullable(),
});
export type EvaluationContent = z.infer<typeof EvaluationContent>;

/** How the caregiver showed a coached technique. */
export const DEMONSTRATIONS = ["independent", "with_cues", "not_yet"] as const;
export const Demonstration = z.enum(DEMONSTRATIONS, "Choose how the caregiver did it");
export type Demonstration = z.infer<typeof Demonstration>;

export const CoachingGiven = z.object({
  technique: z.enum(ACTIVITY_KINDS, "Choose a technique"),
  demonstration: Demonstration,
});

const minutes = z.number().int().min(0).max(1440);

/** Minutes of each service: from the session timer, or typed for an in-person visit. */
export const VisitMinutes = z.object({
  byService: z.record(z.string(), minutes),
  unmarkedChildPresent: minutes,
  caregiverOnly: minutes,
});
export type VisitMinutes = z.infer<typeof VisitMinutes>;

export const VisitNoteContent = z.object({
  source: z.enum(["video_session", "in_person"]),
  modality: z.enum(MODALITIES),
  /** CMS place of service: 10 telehealth at home, 02 telehealth elsewhere, 11 office, 12 home. */
  placeOfService: z.enum(["02", "10", "11", "12"]),
  minutes: VisitMinutes,
  subjective: prose(),
  objective: prose(),
  assessment: prose(),
  plan: prose(),
  attended: z.object({ child: z.boolean(), guardianIds: z.array(z.uuid()).max(10) }),
  goalStatuses: z
    .array(z.object({ goalId: z.uuid(), status: GoalVisitStatus, comment: line(1000) }))
    .max(40),
  coaching: z.array(CoachingGiven).max(10),
  /** What the session counted: trials per activity and the commenting tally. */
  trials: z
    .array(
      z.object({ activityId: z.uuid(), title: line(200), successes: minutes, attempts: minutes }),
    )
    .max(40),
  commenting: z.object({ descriptive: minutes, directive: minutes }).nullable(),
  programChanges: z.array(line(500)).max(100),
  /** A group session's shared part, written once and shown on every child's note. */
  groupShared: prose(8000).nullable(),
});
export type VisitNoteContent = z.infer<typeof VisitNoteContent>;

export const ReportContent = z.object({
  periodFrom: calendarDate("Enter the date as YYYY-MM-DD"),
  periodTo: calendarDate("Enter the date as YYYY-MM-DD"),
  summary: prose(),
  goalProgress: z
    .array(z.object({ goalId: z.uuid(), status: GoalVisitStatus, narrative: prose(4000) }))
    .max(40),
  recommendations: prose(),
  /** The same report in plain words, sent to the family's portal. */
  familySummary: prose(8000),
  /** Only a discharge summary has one. */
  dischargeReason: line(500).nullable(),
});
export type ReportContent = z.infer<typeof ReportContent>;

export type NoteContent = EvaluationContent | VisitNoteContent | ReportContent;
