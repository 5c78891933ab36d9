import type { Metadata } from "next";

import { FamilyHome } from "~/features/children/family-home";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My children" };

export default async function FamilyHomePage() {
  const auth = await requireAuth(["guardian"]);
  const children = await getQueryClient().fetchQuery(trpc.child.list.queryOptions());
  return (
    <FamilyHome
      firstName={auth.actor.name.split(" ")[0] ?? auth.actor.name}
      clinicName={auth.clinicName}
      familyChildren={children}
      today={todayInZone(auth.clinicTimeZone)}
    />
  );
}
