import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { filtersFromSearchParams, toAuditInput } from "~/features/audit/audit-filters";
import { AuditLog } from "~/features/audit/audit-log.client";
import { auditChildOptions, auditPeopleOptions } from "~/features/audit/people-options";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const auth = await requireAuth(["admin"]);
  const timeZone = auth.clinicTimeZone;
  const initialFilters = filtersFromSearchParams(await searchParams);
  const queryClient = getQueryClient();
  const [staff, guardians, clinicChildren] = await Promise.all([
    queryClient.fetchQuery(trpc.staff.list.queryOptions()),
    queryClient.fetchQuery(trpc.staff.guardians.queryOptions()),
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.prefetchInfiniteQuery(
      trpc.audit.list.infiniteQueryOptions(toAuditInput(initialFilters, timeZone), {
        getNextPageParam: (page) => page.nextCursor,
      }),
    ),
  ]);
  const people = auditPeopleOptions(staff, guardians);
  const childOptions = auditChildOptions(clinicChildren);

  return (
    <HydrateClient>
      <PageHeader
        title="Audit trail"
        description="Every sign-in, every time a child's record was opened or changed, and every change to staff and settings, in words. Newest first; download what you filter as a spreadsheet."
      />
      <AuditLog
        people={people}
        clinicChildren={childOptions}
        timeZone={timeZone}
        initialFilters={initialFilters}
      />
    </HydrateClient>
  );
}
