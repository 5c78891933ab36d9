import { answerText, type FormAnswers, type FormContent } from "@carryover/domain/forms";
import { Alert, buttonClasses } from "@carryover/ui";

import { formatDateTime } from "~/lib/time";

type Completed = {
  content: FormContent;
  answers: FormAnswers;
  timeZone: string;
  documentId: string | null;
  signature: {
    signedAt: Date;
    signerName: string;
    drawnSignature: string | null;
    ip: string | null;
    documentHash: string | null;
  } | null;
};

/** A form as answered, and once signed, who signed it and when, with its PDF. Answers show as text. */
export function CompletedForm({ form }: { form: Completed }) {
  const { signature } = form;
  return (
    <div className="flex flex-col gap-6">
      {signature ? (
        <Alert tone="success" title={`Signed by ${signature.signerName}`}>
          <p>{formatDateTime(signature.signedAt, form.timeZone)}</p>
          {signature.ip ? <p>From IP address {signature.ip}</p> : null}
          {signature.documentHash ? (
            <p className="break-all text-sm">SHA-256 of the PDF: {signature.documentHash}</p>
          ) : null}
          {form.documentId ? (
            <a
              href={`/api/documents/${form.documentId}`}
              className={buttonClasses({ variant: "secondary", className: "mt-3" })}
            >
              Download the signed PDF
            </a>
          ) : (
            <p className="mt-2 text-sm">No PDF was kept for this form.</p>
          )}
        </Alert>
      ) : null}
      {form.content.sections.map((section) => (
        <section
          key={section.id}
          className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 className="text-xl font-semibold text-stone-900">{section.title}</h2>
          {section.intro ? <p className="text-stone-700">{section.intro}</p> : null}
          <dl className="flex flex-col gap-3">
            {section.fields.map((field) => (
              <div key={field.id}>
                <dt className="font-medium text-stone-900">{field.label}</dt>
                <dd className="whitespace-pre-wrap break-words text-stone-700">
                  {answerText(field, form.answers[field.id])}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {signature?.drawnSignature ? (
        <img
          src={signature.drawnSignature}
          alt={`The signature ${signature.signerName} drew`}
          className="h-24 w-auto self-start rounded border border-stone-200 bg-white"
        />
      ) : null}
    </div>
  );
}
