import type { Metadata } from "next";

import { FormFiller } from "~/features/forms/form-filler.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Form" };

export default async function FamilyFormPage({ params }: { params: Promise<{ formId: string }> }) {
  await requireAuth(["guardian"]);
  const { formId } = await params;
  await getQueryClient().prefetchQuery(trpc.form.get.queryOptions({ formId }));
  return (
    <HydrateClient>
      <FormFiller formId={formId} back="/family/forms" />
    </HydrateClient>
  );
}
