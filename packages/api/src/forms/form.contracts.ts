import { z } from "zod";

import { storableText, Version, withoutNul } from "@carryover/domain/bounds";
import {
  FORM_ANSWER_MAX_LENGTH,
  FORM_TEMPLATE_KEYS,
  FormContentInput,
  type FormContent,
} from "@carryover/domain/forms";

const FormId = z.uuid("That form link is not valid");
const ChildId = z.uuid("That child link is not valid");
const TemplateId = z.uuid("That form is not one of the clinic's");

export const FormOf = z.object({ formId: FormId });
export type FormOf = z.infer<typeof FormOf>;

export const FormsOfChild = z.object({ childId: ChildId });
export type FormsOfChild = z.infer<typeof FormsOfChild>;

const Answer = z.union([
  storableText(FORM_ANSWER_MAX_LENGTH.long, "Keep this answer shorter"),
  z.number().finite("Enter a number"),
  z.array(storableText(300, "That option is not one of the form's")).max(40),
]);

/** One answer per field id; each is checked against its field by the service. */
const Answers = z
  .record(z.string().max(60, "That question is not on this form").check(withoutNul()), Answer)
  .refine((answers) => Object.keys(answers).length <= 500, "That is more answers than a form has");

export const SaveFormInput = z.object({ formId: FormId, answers: Answers });
export type SaveFormInput = z.infer<typeof SaveFormInput>;

/** A drawn signature: a PNG as a data URL, small enough for a phone's canvas. */
const DrawnSignature = z
  .string()
  .max(300_000, "That drawing is too large: clear it and draw again")
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, "Draw your signature again");

export const SignFormInput = z.object({
  formId: FormId,
  answers: Answers,
  consentToSignElectronically: z.literal(true, "Agree to sign electronically first"),
  signerName: storableText(200, "Keep your name under 200 characters").pipe(
    z.string().trim().min(2, "Type your full name to sign"),
  ),
  drawnSignature: DrawnSignature.optional(),
});
export type SignFormInput = z.infer<typeof SignFormInput>;

export const SendFormsInput = z.object({
  childId: ChildId,
  templateIds: z.array(TemplateId).min(1, "Choose a form to send").max(20),
});
export type SendFormsInput = z.infer<typeof SendFormsInput>;

const TemplateFields = {
  title: storableText(200, "Keep the title under 200 characters").pipe(
    z.string().trim().min(1, "Give the form a title"),
  ),
  description: storableText(1000, "Keep the description under 1000 characters"),
  content: FormContentInput,
};

export const CreateFormTemplateInput = z.object(TemplateFields);
export type CreateFormTemplateInput = z.infer<typeof CreateFormTemplateInput>;

export const UpdateFormTemplateInput = z.object({
  templateId: TemplateId,
  version: Version,
  ...TemplateFields,
});
export type UpdateFormTemplateInput = z.infer<typeof UpdateFormTemplateInput>;

// The content as kept: the contract above checked it when the clinic wrote it.
const Content = z.custom<FormContent>((value) => typeof value === "object" && value !== null);
const ConsentKind = z.enum(["telehealth", "caregiver_training"]).nullable();
const Status = z.enum(["not_started", "in_progress", "signed"]);

export const FormTemplate = z.object({
  id: z.uuid(),
  key: z.enum(FORM_TEMPLATE_KEYS),
  title: z.string(),
  description: z.string(),
  consentKind: ConsentKind,
  version: z.int(),
  content: Content,
});
export const FormTemplates = z.array(FormTemplate);

export const FormSummary = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  title: z.string(),
  templateKey: z.enum(FORM_TEMPLATE_KEYS),
  status: Status,
  sentAt: z.date(),
  savedAt: z.date().nullable(),
  signedAt: z.date().nullable(),
  signerName: z.string().nullable(),
  /** The signed form's PDF, for `GET /api/documents/<id>`. */
  documentId: z.uuid().nullable(),
  replacesId: z.uuid().nullable(),
});
export type FormSummary = z.infer<typeof FormSummary>;
export const FormList = z.array(FormSummary);

export const FormDetail = FormSummary.extend({
  clinicName: z.string(),
  timeZone: z.string(),
  content: Content,
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  consentKind: ConsentKind,
  /** Whether the person may fill and sign it: the child's guardians, while it is unsigned. */
  canFill: z.boolean(),
  signature: z
    .object({
      signedAt: z.date(),
      signerName: z.string(),
      drawnSignature: z.string().nullable(),
      ip: z.string().nullable(),
      documentHash: z.string().nullable(),
    })
    .nullable(),
});
export type FormDetail = z.infer<typeof FormDetail>;

export const SavedForm = z.object({ savedAt: z.date() });
export const SignedForm = z.object({
  id: z.uuid(),
  signedAt: z.date(),
  documentId: z.uuid(),
  documentHash: z.string(),
});
/** The family's usual time of each routine, from their signed intake ("HH:mm"). */
export const IntakeRoutineTimes = z.record(z.string(), z.string());
export const SentForms = z.array(z.object({ id: z.uuid(), title: z.string() }));
