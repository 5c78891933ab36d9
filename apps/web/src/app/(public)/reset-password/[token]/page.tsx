import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@carryover/ui";

import { ChoosePasswordForm } from "~/features/identity/choose-password-form.client";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Choose a new password" };

async function isUsable(token: string) {
  try {
    return (
      (await getQueryClient().fetchQuery(trpc.passwordReset.check.queryOptions({ token })))
        .state === "USABLE"
    );
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return false;
    throw error;
  }
}

export default async function ChoosePasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  if (!(await isUsable(token))) {
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
