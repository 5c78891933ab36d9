/** What a document is, as the child's document list groups it. */
export const DOCUMENT_CATEGORIES = [
  "evaluation",
  "plan_of_care",
  "progress_report",
  "home_program",
  "superbill",
  "letter",
  "signed_form",
  "referral",
  "school_plan",
  "medical_record",
  "photo",
  "practice_video",
  "other",
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** The categories a guardian picks from when uploading; the rest are the clinic's. */
export const FAMILY_DOCUMENT_CATEGORIES = [
  "referral",
  "school_plan",
  "medical_record",
  "photo",
  "other",
] as const satisfies readonly DocumentCategory[];

export const DOCUMENT_CATEGORY_LABELS: Record<DocumentCategory, string> = {
  evaluation: "Evaluation",
  plan_of_care: "Plan of care",
  progress_report: "Progress report",
  home_program: "Home program",
  superbill: "Superbill",
  letter: "Letter",
  signed_form: "Signed form",
  referral: "Referral",
  school_plan: "School plan",
  medical_record: "Medical record",
  photo: "Photo",
  practice_video: "Practice video",
  other: "Other",
};

/** The family sees what the clinic shared with them and whatever the family uploaded. */
export const isVisibleToFamily = (document: {
  sharedWithFamily: boolean;
  source: "clinic" | "family";
}) => document.sharedWithFamily || document.source === "family";
