import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { DEMO_ACCOUNTS } from "@carryover/api";

import { isDemoMode } from "~/env";
import { SignInForm } from "~/features/identity/sign-in-form.client";
import { getAuthSession, HOME_BY_ROLE } from "~/server/auth-session";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  idle: "You were signed out because the page was left idle. Sign in again to continue.",
  expired: "Your session reached its 12-hour limit. Sign in again to continue.",
  signed_out: "You have signed out.",
  account_ready: "Your account is ready. Sign in with your new password.",
  invitation_accepted: "Invitation accepted. Sign in to continue.",
  password_reset: "Your password has been changed. Sign in with the new one.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string; email?: string }>;
}) {
  const auth = await getAuthSession();
  if (auth?.ok) redirect(HOME_BY_ROLE[auth.actor.role]);
  const { reason, email } = await searchParams;
  return (
    <SignInForm
      notice={reason ? (NOTICES[reason] ?? null) : null}
      initialEmail={email ?? ""}
      demoAccounts={isDemoMode() ? DEMO_ACCOUNTS : []}
    />
  );
}
