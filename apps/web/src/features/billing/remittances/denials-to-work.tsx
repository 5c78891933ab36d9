import Link from "next/link";
import type { z } from "zod";

import type { Denial } from "@carryover/api/contracts/era";
import { Card, textLinkClasses } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate } from "~/lib/time";
import { MarkWorked } from "./mark-worked.client";

type Denial = z.infer<typeof Denial>;

/**
 * Where a denial's fix is made, by the kind of its reason: the child's coverage for an
 * authorization or a plan, the claim for its codes, its records or sending it again; none for the
 * family's share or nothing to do.
 */
export function fixLinkOf(
  fixKind: string,
  claim: { claimId: string; childId: string; childName: string },
): { href: string; label: string } | null {
  switch (fixKind) {
    case "authorization":
    case "coverage":
      return {
        href: `/admin/billing/children/${claim.childId}`,
        label: `Open ${claim.childName}'s coverage`,
      };
    case "coding":
    case "documentation":
    case "resubmit":
    case "timely_filing":
      return { href: `/admin/billing/claims/${claim.claimId}`, label: "Open the claim" };
    default:
      return null;
  }
}

/** The denials from imported remittances nobody has worked yet, each with why and what to do. */
export function DenialsToWork({ denials }: { denials: Denial[] }) {
  return (
    <Card
      title="Denials to work"
      description="Claims a payer would not pay, and why. Fix what the payer names, send a corrected claim or appeal, then mark it done."
    >
      {denials.length === 0 ? (
        <p className="text-stone-700">
          No denial to work. Denials from imported remittances appear here.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200" aria-label="Denials to work">
          {denials.map((denial) => (
            <li
              key={denial.id}
              className="flex flex-col gap-3 py-4 first:pt-0 sm:flex-row sm:items-start sm:justify-between"
            >
              <DenialToWork denial={denial} />
              <MarkWorked remittanceClaimId={denial.id} controlNumber={denial.controlNumber} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** One denial: whose claim, from which payer, each reason in plain words and where to fix it. */
function DenialToWork({ denial }: { denial: Denial }) {
  const linked = new Set<string>();
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <p className="font-medium text-stone-900">
        {denial.childName} ·{" "}
        <Link href={`/admin/billing/claims/${denial.claimId}`} className={textLinkClasses}>
          {denial.controlNumber}
        </Link>
      </p>
      <p className="text-stone-700">
        {denial.payerName}
        {denial.paidOn ? ` · denied ${formatCalendarDate(denial.paidOn)}` : ""} · billed{" "}
        {formatCents(denial.chargedCents)}
      </p>
      {denial.reasons.length === 0 ? (
        <p className="text-stone-800">The payer gave no reason code: see the remittance.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {denial.reasons.map((reason) => {
            const fix = fixLinkOf(reason.fixKind, denial);
            const showLink = fix !== null && !linked.has(fix.href);
            if (fix) linked.add(fix.href);
            return (
              <li key={reason.code} className="rounded-lg border border-red-200 bg-red-50 p-3">
                <p className="text-stone-900">
                  {reason.plain}{" "}
                  <span className="text-sm text-stone-600">(reason {reason.code})</span>
                </p>
                <p className="text-stone-800">
                  {reason.fix}{" "}
                  {showLink ? (
                    <Link href={fix.href} className={textLinkClasses}>
                      {fix.label}
                    </Link>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link
          href={`/admin/billing/remittances/${denial.remittanceId}`}
          className={textLinkClasses}
        >
          See the remittance<span className="sr-only"> for {denial.controlNumber}</span>
        </Link>
      </p>
    </div>
  );
}
