import type { Metadata } from "next";

import { TemplateEditor } from "~/features/forms/template-editor.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Forms" };

export default async function AdminFormsPage() {
  await requireAuth(["admin"]);
  await getQueryClient().prefetchQuery(trpc.form.templates.queryOptions());
  return (
    <HydrateClient>
      <TemplateEditor />
    </HydrateClient>
  );
}
