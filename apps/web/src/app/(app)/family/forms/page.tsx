import type { Metadata } from "next";

import { FamilyForms } from "~/features/forms/family-forms.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Forms" };

export default async function FamilyFormsPage() {
  await requireAuth(["guardian"]);
  await getQueryClient().prefetchQuery(trpc.form.outstanding.queryOptions());
  return (
    <HydrateClient>
      <FamilyForms />
    </HydrateClient>
  );
}
