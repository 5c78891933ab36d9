import type { Metadata } from "next";

import { TemplateLibrary } from "~/features/home-program/templates/template-library.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Activity library" };

export default async function TemplateLibraryPage() {
  const auth = await requireAuth(["therapist", "admin"]);
  await getQueryClient().prefetchQuery(trpc.template.list.queryOptions());
  return (
    <HydrateClient>
      <TemplateLibrary timeZone={auth.clinicTimeZone} />
    </HydrateClient>
  );
}
