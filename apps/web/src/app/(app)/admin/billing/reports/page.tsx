import type { Metadata } from "next";

import { ACTIONS } from "@carryover/domain/access";

import { ReportsIndex } from "~/features/billing/reports/reports-index";
import { requireAuth } from "~/server/auth-session";

export const metadata: Metadata = { title: "Billing reports" };

/** The clinic's billing reports, for billing staff (anyone else is sent home, as from Billing). */
export default async function ReportsPage() {
  await requireAuth(ACTIONS.manageBilling);
  return <ReportsIndex />;
}
