/** What a field asks for; the guardian's answer is checked against it (`checkFormAnswers`). */
export const FORM_FIELD_TYPES = [
  "text",
  "long_text",
  "choice",
  "checkboxes",
  "date",
  "number",
  "signature",
] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

export type FormField = {
  /** Stable within a template: answers are kept by it. */
  id: string;
  type: FormFieldType;
  label: string;
  required: boolean;
  help?: string;
  /** The choices of a `choice` or `checkboxes` field. */
  options?: string[];
};

export type FormSection = { id: string; title: string; intro?: string; fields: FormField[] };

/** A form as the family fills it: sections of fields, in order. */
export type FormContent = { sections: FormSection[] };

/** One answer per field id: text, a date (YYYY-MM-DD), a number, or the ticked options. */
export type FormAnswer = string | number | string[];
export type FormAnswers = Record<string, FormAnswer>;

/** The clinic's standard forms; a clinic may add its own (`custom`). */
export const FORM_TEMPLATE_KEYS = [
  "intake",
  "telehealth_consent",
  "caregiver_training_consent",
  "privacy_notice",
  "photo_video_consent",
  "financial_policy",
  "custom",
] as const;
export type FormTemplateKey = (typeof FORM_TEMPLATE_KEYS)[number];
