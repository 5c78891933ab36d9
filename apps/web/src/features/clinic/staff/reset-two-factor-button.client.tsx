"use client";

import { ConfirmButton, VisuallyHidden } from "@carryover/ui";

/** Asks first: the person's app, recovery codes, passkeys and trusted devices all stop working. */
export function ResetTwoFactorButton({
  person,
  onReset,
}: {
  person: { name: string };
  onReset: () => Promise<void>;
}) {
  return (
    <ConfirmButton
      size="sm"
      title={`Reset two-step sign-in for ${person.name}?`}
      description={`Use this when ${person.name} has lost their phone. Their authenticator app, recovery codes, passkeys and trusted devices stop working; they sign in with their password and set up a new one. Check it is really them asking, by phone or in person.`}
      confirmLabel="Reset two-step sign-in"
      onConfirm={onReset}
    >
      Reset two-step sign-in<VisuallyHidden> for {person.name}</VisuallyHidden>
    </ConfirmButton>
  );
}
