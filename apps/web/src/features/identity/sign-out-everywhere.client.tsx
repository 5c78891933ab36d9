"use client";

import { useMutation } from "@tanstack/react-query";

import { ConfirmButton } from "@carryover/ui";

import { useTRPC } from "~/trpc/react.client";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const signOut = useMutation(trpc.account.signOutEverywhere.mutationOptions());
  return (
    <ConfirmButton
      title="Sign out on every device?"
      description="Every browser and phone signed in to your account will be signed out, including this one."
      confirmLabel="Sign out everywhere"
      onConfirm={async () => {
        await signOut.mutateAsync();
        window.location.assign("/sign-in?reason=signed_out");
      }}
    >
      Sign out everywhere
    </ConfirmButton>
  );
}
