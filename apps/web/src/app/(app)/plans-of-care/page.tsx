import type { Metadata } from "next";

import { reachOf } from "@carryover/domain/access";

import { planViewOf } from "~/features/clinical-notes/plans-list/plans-list";
import { PlansOfCareList } from "~/features/clinical-notes/plans-list/plans-of-care-list";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Plans of care" };

export default async function PlansOfCarePage({
  searchParams,
}: {
  searchParams: Promise<{ show?: string | string[] }>;
}) {
  const auth = await requireAuth(["therapist", "admin"]);
  const [{ show }, plans] = await Promise.all([
    searchParams,
    getQueryClient().fetchQuery(trpc.planOfCare.list.queryOptions()),
  ]);
  return (
    <PlansOfCareList
      plans={plans}
      view={planViewOf(show)}
      scope={reachOf(auth.actor.role) === "clinic" ? "Every child of the clinic" : "Your caseload"}
    />
  );
}
