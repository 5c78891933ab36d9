import type { Metadata } from "next";

import { isResetLinkUsable } from "~/features/identity/check-reset-link";
import { ChoosePasswordCard } from "~/features/identity/choose-password-card";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ChoosePasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return <ChoosePasswordCard token={token} usable={await isResetLinkUsable(token)} />;
}
