import type { Metadata } from "next";

import { ClinicChildren } from "~/features/children/clinic-children";
import { calendarDateIn } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Children & families" };

export default async function AdminChildrenPage() {
  const auth = await requireAuth(["admin"]);
  const timeZone = auth.clinicTimeZone;
  const queryClient = getQueryClient();
  const [children, staff, outbox] = await Promise.all([
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.fetchQuery(trpc.staff.list.queryOptions()),
    queryClient.fetchQuery(trpc.outbox.list.queryOptions()),
  ]);
  return (
    <ClinicChildren
      clinicChildren={children}
      staff={staff}
      delivery={outbox.delivery}
      timeZone={timeZone}
      today={calendarDateIn(timeZone, new Date())}
    />
  );
}
