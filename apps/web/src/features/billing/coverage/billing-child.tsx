import Link from "next/link";

import type { CoverageChild } from "@carryover/api/contracts/coverage";
import { PageHeader, textLinkClasses } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { BackToBilling } from "../back-to-billing";
import { CoverageCard } from "../coverage-card.client";
import { FamilyMoneyDesk } from "../family-account/family-money-desk.client";
import { ChildAccount } from "../ledger/child-account.client";

/**
 * A child as billing sees it: the name and birth date a claim carries, the plans and
 * authorizations, and the account. The record itself is linked only for those who read it (not a biller).
 */
export function BillingChild({
  child,
  readsRecord,
  today,
  timeZone,
}: {
  child: CoverageChild;
  readsRecord: boolean;
  today: string;
  /** The clinic's zone, for the dates of the account's entries. */
  timeZone: string;
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
      <ChildAccount childId={child.id} timeZone={timeZone} />
      <FamilyMoneyDesk childId={child.id} today={today} />
    </div>
  );
}
