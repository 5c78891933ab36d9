import type { Metadata } from "next";

import { FamilyHome } from "~/features/children/family-home";
import { ClinicContactFooter } from "~/features/clinic/clinic-contact";
import { startingNowRange } from "~/features/scheduling/family-sessions/starting-now";
import { StartingNow } from "~/features/scheduling/family-sessions/starting-now.client";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My children" };

export default async function FamilyHomePage() {
  const auth = await requireAuth(["guardian"]);
  // One instant for server and browser, so the prefetched list is the one the page asks for.
  const at = Math.floor(+new Date() / 60_000) * 60_000;
  const queryClient = getQueryClient();
  const [children, contact, logo] = await Promise.all([
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.fetchQuery(trpc.clinic.contact.queryOptions()),
    queryClient.fetchQuery(trpc.clinic.logo.queryOptions()),
    queryClient.prefetchQuery(trpc.booking.list.queryOptions(startingNowRange(at))),
  ]);
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <StartingNow at={at} />
        <FamilyHome
          firstName={auth.actor.name.split(" ")[0] ?? auth.actor.name}
          clinicName={auth.clinicName}
          clinicLogoSrc={logo?.src ?? null}
          familyChildren={children}
          today={todayInZone(auth.clinicTimeZone)}
        />
        <ClinicContactFooter contact={contact} />
      </div>
    </HydrateClient>
  );
}
