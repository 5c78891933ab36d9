import type { Metadata } from "next";

import { ACTIONS, can } from "@carryover/domain/access";

import { ClaimView } from "~/features/billing/claims/claim-view";
import { loadClaim } from "~/features/billing/claims/load-claim";
import { requireAuth } from "~/server/auth-session";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const auth = await requireAuth(ACTIONS.manageBilling);
  const { claimId } = await params;
  return (
    <ClaimView
      claim={await loadClaim(claimId)}
      timeZone={auth.clinicTimeZone}
      readsRecord={can(auth.actor.role, "readClinicalRecord")}
    />
  );
}
