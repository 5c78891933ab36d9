import type { Metadata } from "next";

import { FamilyDocuments } from "~/features/documents/family-documents";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Documents" };

export default async function FamilyDocumentsPage() {
  const auth = await requireAuth(["guardian"]);
  const queryClient = getQueryClient();
  const children = await queryClient.fetchQuery(trpc.child.list.queryOptions());
  await Promise.all(
    children.map((child) =>
      queryClient.prefetchQuery(trpc.document.list.queryOptions({ childId: child.id })),
    ),
  );
  return (
    <HydrateClient>
      <FamilyDocuments
        familyChildren={children}
        viewer={{ clinicName: auth.clinicName }}
        timeZone={auth.clinicTimeZone}
      />
    </HydrateClient>
  );
}
