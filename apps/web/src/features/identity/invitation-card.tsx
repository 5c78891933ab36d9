import { Alert, Card } from "@carryover/ui";

import { AcceptInvitationForm } from "./accept-invitation-form.client";
import type { InvitationByToken } from "./types";

const ROLE_WORDS = {
  admin: "a clinic admin",
  therapist: "a therapist",
  guardian: "a family member",
  biller: "a biller",
} as const;

const UNUSABLE = {
  USED: {
    title: "This invitation has already been used",
    body: "If you set your password already, sign in. Otherwise ask your clinic to send a new invitation.",
  },
  EXPIRED: {
    title: "This invitation has expired",
    body: "Invitations work for 7 days. Ask your clinic to send a new invitation.",
  },
  REVOKED: {
    title: "This invitation was withdrawn",
    body: "Ask your clinic to send a new invitation.",
  },
} as const;

/** What an invitation link opens: the form to accept it, or why it no longer works. */
export function InvitationCard({
  token,
  invitation,
}: {
  token: string;
  invitation: InvitationByToken | null;
}) {
  if (!invitation) {
    return (
      <Card title="This invitation link isn't valid" titleAs="h1">
        <p className="text-stone-700">
          Check that you opened the whole link from the email, or ask your clinic to send a new
          invitation.
        </p>
      </Card>
    );
  }
  if (invitation.state !== "USABLE") {
    const message = UNUSABLE[invitation.state];
    return (
      <Card title={message.title} titleAs="h1">
        <Alert tone="warning">{message.body}</Alert>
        <a
          href="/sign-in"
          className="mt-4 inline-flex min-h-11 items-center font-medium text-brand-700 underline-offset-4 hover:underline"
        >
          Go to sign-in
        </a>
      </Card>
    );
  }
  return (
    <Card
      title={`Join ${invitation.clinicName}`}
      titleAs="h1"
      description={`You're invited as ${ROLE_WORDS[invitation.role]}${invitation.childFirstName ? ` for ${invitation.childFirstName}` : ""}. ${invitation.hasAccount ? "You already have a Carryover account: confirm with its password." : "Choose a password to finish."}`}
    >
      <AcceptInvitationForm
        token={token}
        email={invitation.email}
        suggestedName={invitation.name}
        hasAccount={invitation.hasAccount}
      />
    </Card>
  );
}
