import { buttonClasses, Card } from "@carryover/ui";

import { ClinicPhoneLink } from "./clinic-phone-link";
import { LinkUnusable } from "./link-unusable";
import type { loadPlanForSigning } from "./load-plan-for-signing";
import { PlanDocument } from "./plan-document";
import { SigningForm } from "./signing-form.client";

type Answer = Awaited<ReturnType<typeof loadPlanForSigning>>;

/** What a physician's signing link opens: the plan and the signature, or why the link no longer works. */
export function PlanSigningPage({ token, answer }: { token: string; answer: Answer }) {
  if (answer.state === "unknown") return <LinkUnusable state="unknown" />;
  if (answer.state !== "ready") return <LinkUnusable state={answer.state} clinic={answer.clinic} />;
  const { clinic } = answer.document;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-stone-700">
        {clinic.name} asks you to review and certify this plan of care. No account is needed.
      </p>
      <p>
        <a
          href={`/api/sign/plan-of-care/${encodeURIComponent(token)}/pdf`}
          target="_blank"
          rel="noopener"
          className={buttonClasses({ variant: "secondary" })}
        >
          Download the plan (PDF)
        </a>
      </p>
      <PlanDocument document={answer.document} />
      <Card title="Sign the plan of care" titleAs="h2">
        <SigningForm token={token} today={answer.today} clinicName={clinic.name} />
      </Card>
      {clinic.phone ? (
        <p className="text-sm text-stone-600">
          Questions about this plan? Call {clinic.name} at <ClinicPhoneLink phone={clinic.phone} />
        </p>
      ) : null}
    </div>
  );
}
