import Link from "next/link";

import { buttonClasses, PageHeader } from "@carryover/ui";

import { MissedSessionFees } from "../fees/missed-session-fees.client";
import { FeeScheduleTable } from "./fee-schedule-table.client";
import { PayerList } from "./payer-list.client";

/** The clinic's payers with their rules, and what it charges each of them by code. */
export function PayersAndFees() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Payers and fees"
        description="The rules each payer pays by and what the clinic charges them. Changes apply to claims coded from now on; claims already made keep their amounts."
        actions={
          <Link href="/admin/billing" className={buttonClasses({ variant: "secondary" })}>
            ← Billing
          </Link>
        }
      />
      <PayerList />
      <FeeScheduleTable />
      <MissedSessionFees />
    </div>
  );
}
