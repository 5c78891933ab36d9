import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { GuardiansTwoFactor } from "~/features/clinic/staff/guardians-two-factor.client";
import { InvitationsTable } from "~/features/clinic/staff/invitations-table.client";
import { InviteStaffForm } from "~/features/clinic/staff/invite-staff-form.client";
import { StaffTable } from "~/features/clinic/staff/staff-table.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Staff" };

export default async function AdminStaffPage() {
  const auth = await requireAuth(["admin"]);
  const queryClient = getQueryClient();
  const [outbox] = await Promise.all([
    queryClient.fetchQuery(trpc.outbox.list.queryOptions()),
    queryClient.prefetchQuery(trpc.staff.list.queryOptions()),
    queryClient.prefetchQuery(trpc.invitation.list.queryOptions()),
    queryClient.prefetchQuery(trpc.staff.guardians.queryOptions()),
  ]);

  return (
    <HydrateClient>
      <PageHeader
        title="Staff"
        description="Therapists and clinic admins: their licence states, who is signed in, two-step sign-in, deactivating someone who leaves, and the invitations you have sent."
      />
      <div className="flex flex-col gap-8">
        <StaffTable currentUserId={auth.actor.userId} timeZone={auth.clinicTimeZone} />
        <GuardiansTwoFactor />
        <InviteStaffForm delivery={outbox.delivery} timeZone={auth.clinicTimeZone} />
        <InvitationsTable timeZone={auth.clinicTimeZone} />
      </div>
    </HydrateClient>
  );
}
