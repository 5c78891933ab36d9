"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";

import { AppShell, Button, Logo } from "@carryover/ui";

import { signOutAction } from "../actions/sign-out";

const ROLE_LABEL = { admin: "Clinic admin", therapist: "Therapist", guardian: "Family" } as const;

type Props = {
  nav: { href: string; label: string }[];
  person: { name: string; role: keyof typeof ROLE_LABEL; clinicName: string };
  idleTimeoutMinutes: number;
  children: ReactNode;
};

function isCurrent(pathname: string, href: string) {
  return pathname === href || (href !== "/admin" && pathname.startsWith(`${href}/`));
}

/** Mirrors the server's idle timeout, so an idle screen does not keep showing a child's record. */
function useIdleSignOut(minutes: number) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    const timer = window.setTimeout(
      () => router.replace("/sign-in?reason=idle"),
      minutes * 60_000 + 1_000,
    );
    return () => window.clearTimeout(timer);
  }, [minutes, pathname, router]);
}

export function Shell({ nav, person, idleTimeoutMinutes, children }: Props) {
  const pathname = usePathname();
  useIdleSignOut(idleTimeoutMinutes);
  return (
    <AppShell
      brand={
        <Link href="/" className="text-brand-800">
          <Logo />
        </Link>
      }
      nav={nav.map((item) => ({ ...item, current: isCurrent(pathname, item.href) }))}
      renderLink={(item, className, ariaCurrent) => (
        <Link href={item.href} className={className} aria-current={ariaCurrent}>
          {item.label}
        </Link>
      )}
      userSlot={
        <div className="flex items-center gap-3">
          <div className="text-right text-sm leading-tight">
            <p className="font-medium text-stone-900">{person.name}</p>
            <p className="text-stone-600">
              {ROLE_LABEL[person.role]} · {person.clinicName}
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
    </AppShell>
  );
}
