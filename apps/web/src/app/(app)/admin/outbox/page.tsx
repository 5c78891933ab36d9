import type { Metadata } from "next";

import { hourCycleOf } from "@carryover/domain/identity";

import { Outbox } from "~/features/notices/outbox";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Outbox" };

export default async function AdminOutboxPage() {
  const auth = await requireAuth(["admin"]);
  const { delivery, messages } = await getQueryClient().fetchQuery(trpc.outbox.list.queryOptions());
  return (
    <Outbox
      delivery={delivery}
      messages={messages}
      timeZone={auth.clinicTimeZone}
      cycle={hourCycleOf(auth.timeFormat)}
    />
  );
}
