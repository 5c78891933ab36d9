import type { Metadata } from "next";

import { TemplateLibrary } from "~/features/home-program/templates/template-library.client";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Activity library" };

export default async function TemplateLibraryPage() {
  const session = await requireSession(["therapist", "admin"]);
  await getQueryClient().prefetchQuery(trpc.template.list.queryOptions());
  return (
    <HydrateClient>
      <TemplateLibrary timeZone={session.clinicTimeZone} />
    </HydrateClient>
  );
}
