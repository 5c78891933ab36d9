import type { Metadata } from "next";

import { Card } from "@carryover/ui";

import { RequestResetForm } from "~/features/identity/request-reset-form.client";

export const metadata: Metadata = { title: "Reset your password" };

export default function ResetPasswordPage() {
  return (
    <Card
      title="Reset your password"
      titleAs="h1"
      description="Enter the email you sign in with. We'll send a link to choose a new password."
    >
      <RequestResetForm />
    </Card>
  );
}
