import Link from "next/link";
import type { ReactNode } from "react";

import { Badge, Card, PageHeader } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import { ROLE_LABELS } from "~/features/identity/labels";
import type { Invitation } from "~/features/identity/types";
import { formatDateTime, timeUntil } from "~/lib/time";
import type { HourCycle } from "~/lib/time";
import { plural } from "~/lib/words";
import type { StaffMember } from "./types";

const SOON_MS = 3 * 24 * 3_600_000;

const ADMIN_PAGES = [
  {
    href: "/admin/staff",
    label: "Staff",
    description: "Invite therapists and admins, set licence states, sign people out.",
  },
  {
    href: "/admin/children",
    label: "Children & families",
    description: "Add children, assign therapists and invite their families.",
  },
  {
    href: "/admin/audit",
    label: "Audit trail",
    description: "See who opened or changed which record, and when.",
  },
  {
    href: "/admin/outbox",
    label: "Outbox",
    description: "Read the emails Carryover has prepared, such as invitations.",
  },
  {
    href: "/admin/settings",
    label: "Clinic settings",
    description: "Clinic name, time zone, sign-out timers and who sees which children.",
  },
] as const;

const linkClasses =
  "rounded font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** The clinic at a glance: counts, invitations about to lapse, who is signed in (sign-ins, never appointments), the admin pages. */
export function AdminOverview({
  clinicName,
  timeZone,
  cycle,
  currentUserId,
  staff,
  clinicChildren,
  invitations,
  documentationDue,
  authorizationsToRenew,
}: {
  clinicName: string;
  timeZone: string;
  cycle: HourCycle;
  currentUserId: string;
  staff: StaffMember[];
  clinicChildren: ChildSummary[];
  invitations: Invitation[];
  /** The clinic's due documentation, rendered by the clinical-notes feature. */
  documentationDue?: ReactNode;
  /** The clinic's authorizations to renew, rendered by the billing feature for billing staff. */
  authorizationsToRenew?: ReactNode;
}) {
  const now = new Date();
  const activeStaff = staff.filter((person) => !person.deactivatedAt);
  const therapists = activeStaff.filter((person) => person.role === "therapist");
  const pending = invitations.filter((invitation) => invitation.state === "PENDING");
  const expiringSoon = pending
    .filter((invitation) => invitation.expiresAt.getTime() - now.getTime() < SOON_MS)
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
  const signedIn = activeStaff.filter((person) => person.openSessions > 0);

  const stats: Stat[] = [
    {
      label: "Staff",
      value: activeStaff.length,
      detail: `${plural(therapists.length, "therapist")}, ${plural(activeStaff.length - therapists.length, "admin")}`,
      href: "/admin/staff",
    },
    {
      label: "Children",
      value: clinicChildren.length,
      detail: "in the clinic",
      href: "/admin/children",
    },
    {
      label: "Pending invitations",
      value: pending.length,
      detail:
        pending.length === 0
          ? "none waiting"
          : expiringSoon.length
            ? `${expiringSoon.length} expiring within 3 days`
            : "none expiring within 3 days",
      href: "/admin/staff#invitations",
    },
  ];

  return (
    <>
      <PageHeader title={clinicName} description="An overview of your clinic on Carryover." />

      <AtAGlance stats={stats} />

      {documentationDue ? <div className="mt-6">{documentationDue}</div> : null}

      {authorizationsToRenew ? <div className="mt-6">{authorizationsToRenew}</div> : null}

      <div className="mt-6 grid gap-4 sm:gap-6 lg:grid-cols-2">
        <ExpiringInvitations
          cycle={cycle}
          pending={pending}
          expiringSoon={expiringSoon}
          now={now}
          timeZone={timeZone}
        />

        <StaffSignedIn signedIn={signedIn} currentUserId={currentUserId} />
      </div>

      <AdminPages />
    </>
  );
}

type Stat = { label: string; value: number; detail: string; href: string };

function AtAGlance({ stats }: { stats: Stat[] }) {
  return (
    <section aria-labelledby="at-a-glance">
      <h2 id="at-a-glance" className="sr-only">
        At a glance
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3 sm:gap-6">
        {stats.map((stat) => (
          <div
            key={stat.label}
            className="relative rounded-xl border border-stone-200 bg-white p-5 shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-300"
          >
            <dt className="font-medium">
              <Link
                href={stat.href}
                className="text-brand-800 underline-offset-4 after:absolute after:inset-0 hover:underline focus-visible:outline-none"
              >
                {stat.label} <span aria-hidden="true">→</span>
              </Link>
            </dt>
            <dd className="mt-1 text-3xl font-semibold text-stone-900">{stat.value}</dd>
            <dd className="mt-1 text-sm text-stone-600">{stat.detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ExpiringInvitations({
  pending,
  expiringSoon,
  now,
  timeZone,
  cycle,
}: {
  cycle: HourCycle;
  pending: Invitation[];
  expiringSoon: Invitation[];
  now: Date;
  timeZone: string;
}) {
  return (
    <Card
      title="Invitations expiring soon"
      description="Pending invitations that stop working within 3 days."
    >
      {expiringSoon.length === 0 ? (
        <p className="text-stone-700">
          {pending.length === 0
            ? "There are no pending invitations."
            : `None of the ${plural(pending.length, "pending invitation")} expire in the next 3 days.`}
        </p>
      ) : (
        <ul role="list" className="divide-y divide-stone-200">
          {expiringSoon.map((invitation) => (
            <li key={invitation.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
              <p className="font-medium text-stone-900">
                {invitation.name}{" "}
                <span className="font-normal text-stone-600">· {ROLE_LABELS[invitation.role]}</span>
              </p>
              <p className="text-sm break-all text-stone-600">{invitation.email}</p>
              <p className="text-sm text-stone-700">
                Expires {timeUntil(invitation.expiresAt, now)} (
                {formatDateTime(invitation.expiresAt, timeZone, cycle)})
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href="/admin/staff#invitations" className={linkClasses}>
          See all invitations
        </Link>
      </p>
    </Card>
  );
}

function StaffSignedIn({
  signedIn,
  currentUserId,
}: {
  signedIn: StaffMember[];
  currentUserId: string;
}) {
  return (
    <Card title="Staff signed in" description="Staff signed in on a phone or computer right now.">
      {signedIn.length === 0 ? (
        <p className="text-stone-700">No staff are signed in right now.</p>
      ) : (
        <ul role="list" className="divide-y divide-stone-200">
          {signedIn.map((person) => (
            <li
              key={person.userId}
              className="flex flex-wrap items-center justify-between gap-2 py-3 first:pt-0 last:pb-0"
            >
              <p className="font-medium text-stone-900">
                {person.name}
                {person.userId === currentUserId ? (
                  <span className="font-normal text-stone-600"> (you)</span>
                ) : null}
                <span className="block text-sm font-normal text-stone-600">
                  {ROLE_LABELS[person.role]}
                </span>
              </p>
              <Badge tone="brand">{plural(person.openSessions, "signed-in device")}</Badge>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href="/admin/staff" className={linkClasses}>
          Manage staff and sign people out
        </Link>
      </p>
    </Card>
  );
}

function AdminPages() {
  return (
    <section aria-labelledby="admin-pages" className="mt-8">
      <h2 id="admin-pages" className="text-lg font-semibold text-stone-900">
        Clinic administration
      </h2>
      <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {ADMIN_PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              className="flex h-full flex-col gap-1 rounded-xl border border-stone-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-300 hover:bg-brand-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-hidden"
            >
              <span className="font-semibold text-brand-800">
                {page.label} <span aria-hidden="true">→</span>
              </span>
              <span className="text-stone-600">{page.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
