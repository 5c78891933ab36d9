import type { Metadata } from "next";

import { familyNeedsOf } from "@carryover/domain/children";

import { FamilyHome } from "~/features/children/family-home";
import { FamilyNeeds } from "~/features/children/family-needs";
import { ClinicContactFooter } from "~/features/clinic/clinic-contact";
import { startingNowRange } from "~/features/scheduling/family-sessions/starting-now";
import { StartingNow } from "~/features/scheduling/family-sessions/starting-now.client";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Home" };

const DAY = 86_400_000;
/** How far ahead Home looks for the next session. */
const UPCOMING_DAYS = 30;

/**
 * What the family owes per child, where they see the bills: a guardian the clinic does not let see
 * them is refused, and Home then shows no balance for that child.
 */
function balancesOf(
  queryClient: ReturnType<typeof getQueryClient>,
  children: { id: string; firstName: string }[],
) {
  return Promise.all(
    children.map((child) =>
      queryClient
        .fetchQuery(trpc.statement.current.queryOptions({ childId: child.id }))
        .then((statement) => ({
          childId: child.id,
          childName: child.firstName,
          cents: statement.balanceCents,
        }))
        .catch(() => ({ childId: child.id, childName: child.firstName, cents: 0 })),
    ),
  );
}

export default async function FamilyHomePage() {
  const auth = await requireAuth(["guardian"]);
  // One instant for server and browser, so the prefetched list is the one the page asks for.
  const at = Math.floor(+new Date() / 60_000) * 60_000;
  const queryClient = getQueryClient();
  const [children, contact, logo, outstanding, inbox, sessions] = await Promise.all([
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.fetchQuery(trpc.clinic.contact.queryOptions()),
    queryClient.fetchQuery(trpc.clinic.logo.queryOptions()),
    queryClient.fetchQuery(trpc.form.outstanding.queryOptions()),
    queryClient.fetchQuery(trpc.message.list.queryOptions()),
    queryClient.fetchQuery(
      trpc.booking.list.queryOptions({
        from: new Date(at),
        to: new Date(at + UPCOMING_DAYS * DAY),
      }),
    ),
    queryClient.prefetchQuery(trpc.booking.list.queryOptions(startingNowRange(at))),
  ]);
  const needs = familyNeedsOf({
    forms: outstanding,
    conversations: inbox.conversations,
    children,
    sessions,
    balances: await balancesOf(queryClient, children),
    now: new Date(at),
  });
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
          needs={<FamilyNeeds needs={needs} timeZone={auth.clinicTimeZone} />}
        />
        <ClinicContactFooter contact={contact} />
      </div>
    </HydrateClient>
  );
}
