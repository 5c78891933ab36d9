"use client";

import { useState, useSyncExternalStore } from "react";

import { Button } from "@carryover/ui";

import { signInWithPasskey } from "./passkey.client";

const noChange = () => () => {};

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
  // Disabled until the page's script runs: before that a press would do nothing at all.
  const ready = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );

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
      disabled={disabled || !ready}
      onClick={() => void choose()}
    >
      {children}
    </Button>
  );
}
