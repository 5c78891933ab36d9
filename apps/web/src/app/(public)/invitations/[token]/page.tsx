import type { Metadata } from "next";

import { InvitationCard } from "~/features/identity/invitation-card";
import { loadInvitation } from "~/features/identity/load-invitation";

export const metadata: Metadata = { title: "Accept your invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <InvitationCard token={token} invitation={await loadInvitation(token)} />;
}
