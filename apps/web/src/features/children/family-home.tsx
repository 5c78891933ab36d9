import Link from "next/link";
import type { ReactNode } from "react";

import { buttonClasses, Card, CardGrid, PageHeader } from "@carryover/ui";

import { describeAge } from "~/lib/time";
import { NoChildrenYet } from "./no-children-yet";
import type { ChildSummary } from "./types";

/** A family's home: where to go next, and a card per child. */
export function FamilyHome({
  firstName,
  clinicName,
  clinicLogoSrc = null,
  familyChildren: children,
  today,
  needs,
}: {
  firstName: string;
  clinicName: string;
  /** The clinic's own logo, when it has one. */
  clinicLogoSrc?: string | null;
  familyChildren: ChildSummary[];
  today: string;
  /** What needs the family now (forms, messages, practice, the next session, the balance). */
  needs?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-6">
      {clinicLogoSrc ? (
        <img
          src={clinicLogoSrc}
          alt={clinicName}
          className="h-16 w-auto max-w-64 self-start object-contain"
        />
      ) : null}
      <PageHeader title={`Hello, ${firstName}`} description={`Your family at ${clinicName}.`} />
      {children.length > 0 ? needs : null}
      {children.length > 0 ? (
        <nav aria-label="Practice and sessions" className="grid gap-3 sm:grid-cols-2">
          <Link href="/family/today" className={buttonClasses({ size: "lg" })}>
            Today&apos;s practice
          </Link>
          <Link href="/family/book" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            Book a session
          </Link>
          <Link
            href="/family/sessions"
            className={buttonClasses({ variant: "secondary", size: "lg" })}
          >
            My sessions
          </Link>
          <Link
            href="/family/groups"
            className={buttonClasses({ variant: "secondary", size: "lg" })}
          >
            Group sessions
          </Link>
        </nav>
      ) : null}
      {children.length === 0 ? (
        <NoChildrenYet />
      ) : (
        <CardGrid>
          {children.map((child) => (
            <Card key={child.id} title={`${child.firstName} ${child.lastName}`} titleAs="h2">
              <p className="text-stone-700">{describeAge(child.dateOfBirth, today)}</p>
              <p className="text-stone-700">
                Therapist: {child.primaryTherapistName ?? "not assigned yet"}
              </p>
              <div className="mt-3 flex flex-wrap gap-x-5">
                <Link
                  href={`/family/today?child=${child.id}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline-offset-4 hover:underline"
                >
                  Practise today
                </Link>
                <Link
                  href={`/children/${child.id}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline-offset-4 hover:underline"
                >
                  {child.firstName}&apos;s program and details
                </Link>
                <Link
                  href={`/children/${child.id}/progress`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline-offset-4 hover:underline"
                >
                  Progress
                </Link>
              </div>
            </Card>
          ))}
        </CardGrid>
      )}
    </div>
  );
}
