import Link from "next/link";

import { Card } from "@carryover/ui";

import { ChoosePasswordForm } from "./choose-password-form.client";

/** What a reset link opens: the new-password form, or where to ask for a fresh link. */
export function ChoosePasswordCard({ token, usable }: { token: string; usable: boolean }) {
  if (!usable) {
    return (
      <Card title="This reset link has expired or was already used" titleAs="h1">
        <p className="text-stone-700">Reset links work once, for 60 minutes.</p>
        <Link
          href="/reset-password"
          className="mt-4 inline-flex min-h-11 items-center font-medium text-brand-700 underline-offset-4 hover:underline"
        >
          Ask for a new link
        </Link>
      </Card>
    );
  }
  return (
    <Card
      title="Choose a new password"
      titleAs="h1"
      description="After this, you'll be signed out everywhere and can sign in with the new password."
    >
      <ChoosePasswordForm token={token} />
    </Card>
  );
}
