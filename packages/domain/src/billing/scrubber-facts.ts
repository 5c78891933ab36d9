import type { ClaimLine, Encounter } from "./code-encounter";

/** What the scrubber asks of a claim and its chart on the date of service (`scrubClaim`). */
export type ClaimFacts = {
  dateOfService: string;
  noteSigned: boolean;
  memberId: string | null;
  /** The therapist's NPI (rendering provider) and the clinic's (billing provider). */
  renderingNpi: string | null;
  billingNpi: string | null;
  diagnosisCodes: string[];
  planOfCare: { startsOn: string; endsOn: string; certifiedOn: string | null } | null;
  /** Treatment visits since the last progress report, counting this one. */
  visitsSinceProgressReport: number;
  authorization: {
    required: boolean;
    /** The authorization covering the date of service, if any. */
    current: {
      startsOn: string;
      endsOn: string;
      counts: "visits" | "units";
      /** What is left before this claim. */
      left: number;
      /** The codes it covers; null for all. */
      codes: string[] | null;
    } | null;
  };
  /** The payer's yearly visit limit (null: none) and the visits billed to it this year before. */
  visitLimit: { perYear: number | null; billedThisYear: number };
  caregiverConsentOnFile: boolean;
  modality: Encounter["modality"];
  /** The codes this payer pays when given by telehealth. */
  payerTelehealthCodes: string[];
  lines: ClaimLine[];
  /** The encounter as the signed note documents it: the units it supports. */
  documented: Encounter;
  /** Codes already billed for this child on this date, on other claims. */
  billedSameDay: string[];
};

export const SCRUBBER_EDITS = [
  "note_unsigned",
  "member_id_missing",
  "npi_missing",
  "diagnosis_missing",
  "plan_of_care_missing",
  "plan_of_care_uncertified",
  "plan_of_care_expired",
  "progress_report_overdue",
  "authorization_missing",
  "authorization_expired",
  "authorization_exhausted",
  "visit_limit_reached",
  "caregiver_consent_missing",
  "not_paid_by_telehealth",
  "reevaluation_same_day_as_evaluation",
  "units_not_supported",
  "already_billed",
] as const;
export type ScrubberEdit = (typeof SCRUBBER_EDITS)[number];

/** The edits a therapist fixes in the chart or the note, not billing staff on the coverage. */
export const CLINICIAN_EDITS: readonly ScrubberEdit[] = [
  "note_unsigned",
  "diagnosis_missing",
  "plan_of_care_missing",
  "plan_of_care_uncertified",
  "plan_of_care_expired",
  "progress_report_overdue",
  "caregiver_consent_missing",
  "units_not_supported",
];

export type ScrubberFinding = { edit: ScrubberEdit; problem: string; fix: string };
