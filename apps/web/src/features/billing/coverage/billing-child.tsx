import Link from "next/link";

import type { CoverageChild } from "@carryover/api/contracts/coverage";
import { PageHeader } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { CoverageCard } from "../coverage-card.client";

const linkClasses = "font-medium text-brand-800 underline underline-offset-4 hover:no-underline";

/**
 * A child as billing sees it: the name and birth date a claim carries, the plans and
 * authorizations. The record itself is linked only for those who read it (not a biller).
 */
export function BillingChild({
  child,
  readsRecord,
  today,
}: {
  child: CoverageChild;
  readsRecord: boolean;
  today: string;
}) {
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/billing" className={linkClasses}>
          ← Billing
        </Link>
      </p>
      <PageHeader
        title={`${child.firstName} ${child.lastName}`}
        description={`Born ${formatCalendarDate(child.dateOfBirth)}`}
        actions={
          readsRecord ? (
            <Link href={`/children/${child.id}`} className={linkClasses}>
              Open {child.firstName}&apos;s record
            </Link>
          ) : null
        }
      />
      <CoverageCard
        childId={child.id}
        firstName={child.firstName}
        guardians={child.guardians}
        today={today}
      />
    </div>
  );
}
