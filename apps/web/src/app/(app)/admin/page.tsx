import type { Metadata } from "next";

import { can } from "@carryover/domain/access";
import { hourCycleOf } from "@carryover/domain/identity";

import { AuthorizationsRunningOut } from "~/features/billing/authorizations-running-out";
import { AdminOverview } from "~/features/clinic/admin-overview";
import { ClinicDocumentationDue } from "~/features/clinical-notes/documentation-due/clinic-documentation-due";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Clinic overview" };

export default async function AdminOverviewPage() {
  const auth = await requireAuth(["admin"]);
  const queryClient = getQueryClient();
  const keepsBilling = can(auth.actor.role, "manageBilling");
  const [staff, children, invitations, due, toRenew] = await Promise.all([
    queryClient.fetchQuery(trpc.staff.list.queryOptions()),
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.fetchQuery(trpc.invitation.list.queryOptions()),
    queryClient.fetchQuery(trpc.documentation.due.queryOptions()),
    keepsBilling ? queryClient.fetchQuery(trpc.authorization.runningOut.queryOptions()) : null,
  ]);
  return (
    <AdminOverview
      clinicName={auth.clinicName}
      timeZone={auth.clinicTimeZone}
      cycle={hourCycleOf(auth.timeFormat)}
      currentUserId={auth.actor.userId}
      staff={staff}
      clinicChildren={children}
      invitations={invitations}
      documentationDue={<ClinicDocumentationDue due={due} />}
      authorizationsToRenew={toRenew ? <AuthorizationsRunningOut items={toRenew} /> : null}
    />
  );
}
