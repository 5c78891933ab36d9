import type { ReactNode } from "react";

import { Shell } from "~/features/identity/shell.client";
import { HourCycleProvider } from "~/lib/hour-cycle.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

const NAV = {
  admin: [
    { href: "/admin", label: "Overview" },
    { href: "/admin/calendar", label: "Calendar" },
    { href: "/admin/staff", label: "Staff" },
    { href: "/admin/children", label: "Children" },
    { href: "/admin/forms", label: "Forms" },
    { href: "/messages", label: "Messages" },
    { href: "/admin/billing", label: "Billing" },
    { href: "/admin/audit", label: "Audit" },
    { href: "/admin/outbox", label: "Outbox" },
    { href: "/admin/settings", label: "Settings" },
  ],
  therapist: [
    { href: "/therapist", label: "Dashboard" },
    { href: "/therapist/calendar", label: "Calendar" },
    { href: "/messages", label: "Messages" },
    { href: "/therapist/availability", label: "Availability" },
    { href: "/therapist/templates", label: "Activity library" },
    { href: "/therapist/notifications", label: "Notifications" },
  ],
  guardian: [
    { href: "/family/today", label: "Today" },
    { href: "/family/messages", label: "Messages" },
    { href: "/family/forms", label: "Forms" },
    { href: "/family/documents", label: "Documents" },
    { href: "/family", label: "My children" },
    { href: "/family/sessions", label: "My sessions" },
    { href: "/family/book", label: "Book" },
    { href: "/family/groups", label: "Groups" },
    { href: "/family/billing", label: "Bills" },
    { href: "/family/insurance", label: "Insurance" },
  ],
  biller: [
    { href: "/admin/billing", label: "Billing" },
    { href: "/admin/billing/remittances", label: "Remittances" },
    { href: "/admin/billing/charges", label: "Charges" },
    { href: "/admin/billing/reports", label: "Reports" },
    { href: "/admin/billing/payers", label: "Payers and fees" },
  ],
} as const;

export default async function AppLayout({ children }: { children: ReactNode }) {
  const auth = await requireAuth();
  const { actor } = auth;
  const logo = await getQueryClient().fetchQuery(trpc.clinic.logo.queryOptions());
  return (
    <Shell
      nav={[...NAV[actor.role], { href: "/account", label: "Account" }]}
      person={{ name: actor.name, role: actor.role, clinicName: auth.clinicName }}
      clinicLogoSrc={logo?.src ?? null}
      idleTimeoutMinutes={auth.idleTimeoutMinutes}
    >
      <HourCycleProvider timeFormat={auth.timeFormat}>{children}</HourCycleProvider>
    </Shell>
  );
}
