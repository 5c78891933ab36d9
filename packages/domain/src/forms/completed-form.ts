import { answerText } from "./answers";
import type { FormAnswers, FormContent } from "./form-content";

/** What a guardian agrees to before signing (the E-SIGN Act's consent to electronic records). */
export const ELECTRONIC_SIGNATURE_CONSENT =
  "I agree to sign this form electronically. My electronic signature means the same as my signature on paper.";

export type FormSignature = {
  signerName: string;
  signedAt: Date;
  ip: string | null;
  drawnSignature: string | null;
};

/** The completed document exactly as signed: every question, every answer, and the signature's facts. */
export type CompletedForm = {
  title: string;
  clinicName: string;
  childName: string;
  sections: { title: string; intro: string | null; entries: { label: string; answer: string }[] }[];
  signature: FormSignature & { consent: string };
};

export function completedFormOf(input: {
  title: string;
  clinicName: string;
  childName: string;
  content: FormContent;
  answers: FormAnswers;
  signature: FormSignature;
}): CompletedForm {
  return {
    title: input.title,
    clinicName: input.clinicName,
    childName: input.childName,
    sections: input.content.sections.map((section) => ({
      title: section.title,
      intro: section.intro ?? null,
      entries: section.fields.map((field) => ({
        label: field.label,
        answer: answerText(field, input.answers[field.id]),
      })),
    })),
    signature: { ...input.signature, consent: ELECTRONIC_SIGNATURE_CONSENT },
  };
}
