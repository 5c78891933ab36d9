import Link from "next/link";

import type { CoverageChild } from "@carryover/api/contracts/coverage";
import { PageHeader, textLinkClasses } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { BackToBilling } from "../back-to-billing";
import { CoverageCard } from "../coverage-card.client";

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
      <BackToBilling />
      <PageHeader
        title={`${child.firstName} ${child.lastName}`}
        description={`Born ${formatCalendarDate(child.dateOfBirth)}`}
        actions={
          readsRecord ? (
            <Link href={`/children/${child.id}`} className={textLinkClasses}>
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
