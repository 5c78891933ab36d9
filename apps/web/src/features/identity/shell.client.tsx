"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import type { Role } from "@carryover/domain/identity";
import { AppShell, Button, Logo } from "@carryover/ui";

import { FormsNavLabel } from "~/features/forms/forms-nav-label.client";
import { MessagesNavLabel } from "~/features/messaging/messages-nav-label.client";
import { NotificationsNavLabel } from "~/features/notices/notifications-nav-label.client";
import { IdleSignOut } from "./idle-sign-out.client";
import { ROLE_SHORT_LABELS } from "./labels";
import { signOutAction } from "./sign-out-action";

type Props = {
  nav: { href: string; label: string }[];
  person: { name: string; role: Role; clinicName: string };
  /** The clinic's own logo, shown instead of the Carryover mark when it has one. */
  clinicLogoSrc?: string | null;
  idleTimeoutMinutes: number;
  children: ReactNode;
};

const NOTIFICATIONS = "/therapist/notifications";
const MESSAGES = new Set(["/messages", "/family/messages"]);
const FAMILY_FORMS = "/family/forms";

// A role's home ("/admin", "/therapist") is current only on itself, not on the pages below it.
const HOMES = new Set(["/admin", "/therapist", "/family"]);

function isCurrent(pathname: string, href: string) {
  return pathname === href || (!HOMES.has(href) && pathname.startsWith(`${href}/`));
}

export function Shell({ nav, person, clinicLogoSrc, idleTimeoutMinutes, children }: Props) {
  const pathname = usePathname();
  return (
    <AppShell
      brand={
        <Link href="/" className="flex min-h-11 items-center text-brand-800">
          {clinicLogoSrc ? (
            <img
              src={clinicLogoSrc}
              alt={person.clinicName}
              className="h-9 w-auto max-w-40 object-contain"
            />
          ) : (
            <Logo />
          )}
        </Link>
      }
      nav={nav.map((item) => ({ ...item, current: isCurrent(pathname, item.href) }))}
      renderLink={(item, className, ariaCurrent) => (
        <Link href={item.href} className={className} aria-current={ariaCurrent}>
          {item.href === NOTIFICATIONS ? (
            <NotificationsNavLabel label={item.label} />
          ) : MESSAGES.has(item.href) ? (
            <MessagesNavLabel label={item.label} />
          ) : item.href === FAMILY_FORMS ? (
            <FormsNavLabel label={item.label} />
          ) : (
            item.label
          )}
        </Link>
      )}
      userSlot={
        <div className="flex items-center gap-3">
          <div className="text-right text-sm leading-tight">
            <p className="font-medium text-stone-900">{person.name}</p>
            <p className="text-stone-600">
              {ROLE_SHORT_LABELS[person.role]} · {person.clinicName}
            </p>
          </div>
          <form action={signOutAction}>
            <Button type="submit" variant="secondary" size="sm">
              Sign out
            </Button>
          </form>
        </div>
      }
    >
      {children}
      <IdleSignOut key={pathname} minutes={idleTimeoutMinutes} />
    </AppShell>
  );
}
