import type { FormContent, FormField } from "./form-content";
import type { StandardFormKey } from "./settings";

export type SeededFormTemplate = {
  key: StandardFormKey;
  title: string;
  description: string;
  /** The consent a signed copy records, when the form is one. */
  consentKind: "telehealth" | "caregiver_training" | null;
  content: FormContent;
};

const text = (id: string, label: string, extra: Partial<FormField> = {}): FormField => ({
  id,
  type: "text",
  label,
  required: false,
  ...extra,
});
const long = (id: string, label: string, extra: Partial<FormField> = {}): FormField => ({
  ...text(id, label, extra),
  type: "long_text",
});
const choice = (id: string, label: string, options: string[], required = false): FormField => ({
  id,
  type: "choice",
  label,
  required,
  options,
});
const agreement = (id: string, statement: string): FormField => ({
  id,
  type: "checkboxes",
  label: "Your agreement",
  required: true,
  options: [statement],
});

/** The family's routine times the intake asks, by the home program's routine they set. */
export const INTAKE_ROUTINE_FIELDS = {
  morning: "routine_wake",
  breakfast: "routine_breakfast",
  drop_off: "routine_drop_off",
  after_school: "routine_after_school",
  bath: "routine_bath",
  bedtime: "routine_bedtime",
} as const;

const TIME_HELP = "A usual time, such as 7:15 am";

const INTAKE: FormContent = {
  sections: [
    {
      id: "pregnancy_birth",
      title: "Pregnancy and birth",
      fields: [
        choice("birth_term", "Was your child born early, on time or late?", [
          "Early (before 37 weeks)",
          "On time",
          "Late (after 41 weeks)",
          "I don't know",
        ]),
        { ...text("birth_weeks", "Weeks of pregnancy at birth, if you know"), type: "number" },
        long("pregnancy_notes", "Anything about the pregnancy or birth we should know", {
          help: "Complications, a NICU stay, feeding at the start",
        }),
      ],
    },
    {
      id: "milestones",
      title: "Development milestones",
      intro: "Rough ages are fine.",
      fields: [
        text("milestone_sat", "Sat up without help (age)"),
        text("milestone_walked", "Walked on their own (age)"),
        text("milestone_words", "First words (age)"),
        long("milestone_notes", "Anything that came early, late or differently"),
      ],
    },
    {
      id: "diagnoses",
      title: "Diagnoses and health",
      fields: [
        long("diagnoses", "Diagnoses your child has, and who made them"),
        long("medications", "Medicines and allergies"),
        long("other_services", "Other therapies or services now or before"),
      ],
    },
    {
      id: "concerns",
      title: "Your concerns",
      intro: "In your own words: there are no wrong answers.",
      fields: [
        long("concerns", "What worries you most, or made you look for therapy?", {
          required: true,
        }),
        long("hopes", "What would you like your child to be able to do in six months?", {
          required: true,
        }),
      ],
    },
    {
      id: "school",
      title: "School",
      fields: [
        text("school_name", "School or daycare, and grade"),
        {
          id: "school_supports",
          type: "checkboxes",
          label: "Supports at school",
          required: false,
          options: ["IEP", "504 plan", "Classroom aide", "None"],
        },
        long("school_notes", "What the teacher says about how your child does"),
      ],
    },
    {
      id: "routines",
      title: "Your daily routines",
      intro: "Practice works best tucked into what you already do. When do these usually happen?",
      fields: [
        text(INTAKE_ROUTINE_FIELDS.morning, "Wake up", { help: TIME_HELP }),
        text(INTAKE_ROUTINE_FIELDS.breakfast, "Breakfast", { help: TIME_HELP }),
        text(INTAKE_ROUTINE_FIELDS.drop_off, "School or daycare drop-off", { help: TIME_HELP }),
        text(INTAKE_ROUTINE_FIELDS.after_school, "Home after school", { help: TIME_HELP }),
        text(INTAKE_ROUTINE_FIELDS.bath, "Bath", { help: TIME_HELP }),
        text(INTAKE_ROUTINE_FIELDS.bedtime, "Bedtime", { help: TIME_HELP }),
        long("routine_hardest", "Which part of the day is hardest, and why?"),
      ],
    },
  ],
};

const consent = (id: string, intro: string, statement: string): FormContent => ({
  sections: [{ id, title: "Please read", intro, fields: [agreement("agree", statement)] }],
});

/** The forms every clinic starts with; the clinic edits them as its own. */
export const SEEDED_FORM_TEMPLATES: readonly SeededFormTemplate[] = [
  {
    key: "intake",
    title: "New family intake",
    description: "About your child's birth, development, health, school and your days together.",
    consentKind: null,
    content: INTAKE,
  },
  {
    key: "telehealth_consent",
    title: "Telehealth consent",
    description: "Consent to occupational therapy sessions by video.",
    consentKind: "telehealth",
    content: consent(
      "telehealth",
      "Some or all of your child's sessions happen by secure video. Video sessions have benefits (therapy at home, in your routines) and limits (the therapist cannot touch or physically guide your child). You may ask for an in-person visit or stop telehealth at any time. An adult stays with your child during every video session. Sessions are never recorded without your separate consent.",
      "I consent to telehealth occupational therapy for my child",
    ),
  },
  {
    key: "caregiver_training_consent",
    title: "Caregiver-training consent",
    description: "Consent to sessions where the therapist coaches you without your child present.",
    consentKind: "caregiver_training",
    content: consent(
      "caregiver_training",
      "Part of your child's therapy is coaching you to carry activities into your daily routines. Some sessions may be with you alone, without your child present. These sessions are part of your child's plan of care and may be billed to your insurance or to you.",
      "I consent to caregiver-training sessions, including sessions without my child present",
    ),
  },
  {
    key: "privacy_notice",
    title: "Notice of privacy practices",
    description: "Acknowledgment that you received the clinic's notice of privacy practices.",
    consentKind: null,
    content: consent(
      "privacy",
      "Our notice of privacy practices explains how we use and share your child's health information, and your rights to see it, correct it and know who it was shared with. Ask us for a paper copy at any time.",
      "I received the clinic's notice of privacy practices",
    ),
  },
  {
    key: "photo_video_consent",
    title: "Photo and video consent",
    description: "When the clinic may take and keep photos or videos of your child.",
    consentKind: null,
    content: {
      sections: [
        {
          id: "photo_video",
          title: "Photos and videos",
          intro:
            "Photos and short videos help the therapist see progress and show you an activity. You choose how they may be used; you can change your mind at any time.",
          fields: [
            choice(
              "photo_use",
              "Photos and videos of my child may be used",
              [
                "For my child's care only",
                "For my child's care and for training the clinic's staff",
                "Not at all",
              ],
              true,
            ),
          ],
        },
      ],
    },
  },
  {
    key: "financial_policy",
    title: "Cancellation and financial policy",
    description: "How cancellations, missed sessions and payments work.",
    consentKind: null,
    content: consent(
      "financial",
      "Please cancel at least 24 hours before a session so another child can have the time. A session missed without notice may be charged. You are responsible for copays, deductibles and anything your insurance does not pay; we bill your insurance for you when we are in network.",
      "I have read and accept the cancellation and financial policy",
    ),
  },
];
