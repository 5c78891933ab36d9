import type { Metadata } from "next";

import { loadPlanForSigning } from "~/features/clinical-notes/physician-signing/load-plan-for-signing";
import { PlanSigningPage } from "~/features/clinical-notes/physician-signing/plan-signing-page";

export const metadata: Metadata = {
  title: "Review and sign a plan of care",
  referrer: "no-referrer",
  robots: { index: false },
};

export default async function SignPlanOfCarePage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return <PlanSigningPage token={token} answer={await loadPlanForSigning(token)} />;
}
