import { z } from "zod";

import { calendarDate, storableText, Version } from "@carryover/domain/bounds";
import { Frequency, Npi, PlannedIntervention } from "@carryover/domain/clinical-notes";
import { Email, PersonName } from "@carryover/domain/identity";
import { Modality } from "@carryover/domain/scheduling";

const PlanId = z.uuid("Choose a plan of care");
const Day = (what: string) => calendarDate(`Enter ${what} as a date like 2026-03-02`);
const Interventions = z
  .array(PlannedIntervention)
  .min(1, "Plan at least one intervention")
  .max(9, "Each intervention once");
const Modalities = z.array(Modality).min(1, "Choose how the child is seen").max(4, "Each way once");
const HomeProgramSummary = storableText(4000, "Keep the summary under 4,000 characters");
const GoalIds = z.array(z.uuid("Choose the child's goals")).max(40, "Attach at most 40 goals");

export const ListPlansOfCareInput = z
  .object({ childId: z.uuid("Choose a child").optional() })
  .optional();
export type ListPlansOfCareInput = z.infer<typeof ListPlansOfCareInput>;

export const PlanOfCareId = z.object({ planOfCareId: PlanId });
export type PlanOfCareId = z.infer<typeof PlanOfCareId>;

export const CreatePlanOfCareInput = z.object({
  childId: z.uuid("Choose a child"),
  evaluationNoteId: z.uuid("Choose the child's evaluation").optional(),
  startOn: Day("the start"),
  endOn: Day("the end"),
  frequency: Frequency,
  interventions: Interventions,
  modalities: Modalities,
  homeProgramSummary: HomeProgramSummary,
  goalIds: GoalIds,
});
export type CreatePlanOfCareInput = z.infer<typeof CreatePlanOfCareInput>;

export const UpdatePlanOfCareInput = z.object({
  planOfCareId: PlanId,
  version: Version,
  startOn: Day("the start").optional(),
  endOn: Day("the end").optional(),
  frequency: Frequency.optional(),
  interventions: Interventions.optional(),
  modalities: Modalities.optional(),
  homeProgramSummary: HomeProgramSummary.optional(),
  goalIds: GoalIds.optional(),
});
export type UpdatePlanOfCareInput = z.infer<typeof UpdatePlanOfCareInput>;

export const RecertifyPlanOfCareInput = z.object({
  planOfCareId: PlanId,
  endOn: Day("the end"),
  frequency: Frequency.optional(),
  interventions: Interventions.optional(),
  modalities: Modalities.optional(),
  homeProgramSummary: HomeProgramSummary.optional(),
});
export type RecertifyPlanOfCareInput = z.infer<typeof RecertifyPlanOfCareInput>;

export const RequestSignatureInput = z.object({ planOfCareId: PlanId, email: Email.optional() });
export type RequestSignatureInput = z.infer<typeof RequestSignatureInput>;

const Token = storableText(100).min(20, "That signing link is incomplete");
export const SigningToken = z.object({ token: Token });
export type SigningToken = z.infer<typeof SigningToken>;

export const SignPlanOfCareInput = z.object({
  token: Token,
  physicianName: PersonName,
  npi: Npi,
  signedOn: Day("today"),
  attest: z.literal(true, "Confirm that you reviewed and certify this plan of care"),
});
export type SignPlanOfCareInput = z.infer<typeof SignPlanOfCareInput>;

export const RecordSignedCopyInput = z.object({
  planOfCareId: PlanId,
  physicianName: PersonName,
  signedCopyOn: Day("the day the physician signed"),
});
export type RecordSignedCopyInput = z.infer<typeof RecordSignedCopyInput>;

export const PLAN_OF_CARE_STATUSES = [
  "draft",
  "awaiting_signature",
  "certified",
  "certification_overdue",
  "recertification_due",
  "ended",
] as const;
export const PlanOfCareStatus = z.enum(PLAN_OF_CARE_STATUSES);

export const PlanOfCareSummary = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  certifiedOn: z.string().nullable(),
  previousId: z.uuid().nullable(),
  status: PlanOfCareStatus,
  /** The last day to certify, while not certified; the end date, when recertification is due. */
  dueBy: z.string().nullable(),
});
export const PlanOfCareList = z.array(PlanOfCareSummary);

const Certification = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("link"),
    physicianName: z.string(),
    physicianNpi: z.string(),
    signedAt: z.string(),
    ip: z.string(),
    documentSha256: z.string(),
  }),
  z.object({
    method: z.literal("by_hand"),
    physicianName: z.string(),
    signedCopyOn: z.string(),
    recordedById: z.string(),
  }),
]);

const InterventionView = z.object({ code: PlannedIntervention, label: z.string() });

export const PlanOfCareView = PlanOfCareSummary.extend({
  version: z.number().int(),
  evaluationNoteId: z.uuid().nullable(),
  frequency: Frequency,
  frequencyWords: z.string(),
  interventions: z.array(InterventionView),
  modalities: z.array(Modality),
  homeProgramSummary: z.string(),
  certification: Certification.nullable(),
  goals: z.array(
    z.object({
      id: z.uuid(),
      term: z.enum(["long", "short"]),
      state: z.enum(["active", "met", "discontinued"]),
      sentence: z.string(),
      longTermGoalId: z.uuid().nullable(),
    }),
  ),
});

export const CreatedPlanOfCare = z.object({ planOfCareId: z.uuid(), version: z.number().int() });
export const PlanOfCareVersion = z.object({ version: z.number().int() });
export const SignatureRequested = z.object({ sentTo: z.string(), expiresAt: z.date() });

/** The plan as the physician reads it and signs it: its SHA-256 is the document's. */
export const PlanOfCareDocument = z.object({
  clinic: z.object({
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  child: z.object({ name: z.string(), dateOfBirth: z.string() }),
  diagnoses: z.array(z.object({ kind: z.string(), code: z.string(), description: z.string() })),
  startOn: z.string(),
  endOn: z.string(),
  frequency: z.string(),
  interventions: z.array(InterventionView),
  modalities: z.array(z.string()),
  homeProgramSummary: z.string(),
  goals: z.array(z.object({ term: z.enum(["long", "short"]), sentence: z.string() })),
});
export type PlanOfCareDocument = z.infer<typeof PlanOfCareDocument>;

const ClinicContact = z.object({ name: z.string(), phone: z.string().nullable() });

export const PlanOfCareForSigning = z.discriminatedUnion("state", [
  z.object({
    state: z.literal("ready"),
    document: PlanOfCareDocument,
    documentSha256: z.string(),
    expiresAt: z.date(),
    /** The clinic's today: the only date the signature may carry. */
    today: z.string(),
  }),
  z.object({ state: z.enum(["expired", "signed", "changed"]), clinic: ClinicContact }),
  z.object({ state: z.literal("unknown") }),
]);

export const PlanOfCareSigned = z.object({ certifiedOn: z.string(), documentSha256: z.string() });
