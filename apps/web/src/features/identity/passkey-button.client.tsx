"use client";

import { useState } from "react";

import { Button } from "@carryover/ui";

import { signInWithPasskey } from "./passkey.client";

/** Signs in with a passkey, after the password or instead of it; says in words why it did not. */
export function PasskeyButton({
  afterPassword,
  disabled,
  onProblem,
  children,
}: {
  afterPassword: boolean;
  disabled?: boolean;
  onProblem: (problem: string) => void;
  children: string;
}) {
  const [busy, setBusy] = useState(false);

  async function choose() {
    setBusy(true);
    const outcome = await signInWithPasskey(afterPassword);
    if (outcome.ok) return window.location.assign("/");
    onProblem(outcome.problem);
    setBusy(false);
  }

  return (
    <Button
      type="button"
      variant="secondary"
      size="lg"
      busy={busy}
      disabled={disabled}
      onClick={() => void choose()}
    >
      {children}
    </Button>
  );
}
