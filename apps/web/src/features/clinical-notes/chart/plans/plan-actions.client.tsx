"use client";

import type { ChartContext, PlanView } from "../types";
import { awaitsCertification } from "./plan-status";
import { RecertifyForm } from "./recertify-form.client";
import { SendForSignature } from "./send-for-signature.client";
import { SignedCopyForm } from "./signed-copy-form.client";

/** What a therapist does with a plan: have it certified, or recertify it near its end. */
export function PlanActions({ chart, plan }: { chart: ChartContext; plan: PlanView }) {
  if (awaitsCertification(plan.status))
    return (
      <div className="grid gap-4 border-t border-stone-200 pt-4 lg:grid-cols-2">
        <SendForSignature chart={chart} planOfCareId={plan.id} />
        <SignedCopyForm chart={chart} planOfCareId={plan.id} />
      </div>
    );
  if (plan.status === "recertification_due") return <RecertifyForm chart={chart} plan={plan} />;
  return null;
}
