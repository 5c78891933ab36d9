import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses, PageHeader } from "@carryover/ui";

import { loadChild } from "~/features/children/load-child";
import { ChildDocuments } from "~/features/documents/child-documents.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Documents" };

export default async function ChildDocumentsPage({
  params,
}: {
  params: Promise<{ childId: string }>;
}) {
  const auth = await requireAuth(["admin", "therapist"]);
  const { childId } = await params;
  const child = await loadChild(childId);
  await getQueryClient().prefetchQuery(trpc.document.list.queryOptions({ childId }));
  return (
    <HydrateClient>
      <PageHeader
        title={`${child.firstName}'s documents`}
        description="Evaluations, plans of care, reports and letters, with what the family sends. The family sees what is shared with them."
        actions={
          <Link href={`/children/${childId}`} className={buttonClasses({ variant: "secondary" })}>
            Back to {child.firstName}
          </Link>
        }
      />
      <ChildDocuments
        childId={childId}
        viewer={{ clinicName: auth.clinicName }}
        timeZone={auth.clinicTimeZone}
      />
    </HydrateClient>
  );
}
