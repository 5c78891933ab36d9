import type { Metadata } from "next";

import { FormFiller } from "~/features/forms/form-filler.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Form" };

export default async function ChildFormPage({
  params,
}: {
  params: Promise<{ childId: string; formId: string }>;
}) {
  await requireAuth(["admin", "therapist"]);
  const { childId, formId } = await params;
  await getQueryClient().prefetchQuery(trpc.form.get.queryOptions({ formId }));
  return (
    <HydrateClient>
      <FormFiller formId={formId} back={`/children/${childId}`} />
    </HydrateClient>
  );
}
