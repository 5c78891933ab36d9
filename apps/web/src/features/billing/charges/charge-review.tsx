import Link from "next/link";

import type { ChargeReview as Charge } from "@carryover/api/contracts/charge";
import { Badge, DataTable, PageHeader, textLinkClasses } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { BackToBilling } from "../back-to-billing";
import { STATUS_WORDS } from "../claims/claim-words";

/** What a charge needs a second look for: minutes no code bills, codes without a fee, a re-code. */
function checksOf(charge: Charge): string[] {
  return [
    charge.unassignedMinutes > 0
      ? `${plural(charge.unassignedMinutes, "minute")} billed by no code`
      : null,
    charge.unpricedCodes.length > 0 ? `No fee for ${charge.unpricedCodes.join(", ")}` : null,
    charge.recoded ? "Re-coded after an addendum" : null,
  ].filter((check) => check !== null);
}

const COLUMNS = [
  {
    key: "visit",
    header: "Visit",
    cell: (c: Charge) => (
      <>
        <span className="block font-medium text-stone-900">{c.childName}</span>
        <span className="block text-sm text-stone-600">
          {formatCalendarDate(c.serviceOn)} · {c.therapistName}
        </span>
      </>
    ),
  },
  {
    key: "codes",
    header: "Codes",
    cell: (c: Charge) =>
      c.lines.length === 0 ? (
        "Nothing billable"
      ) : (
        <span className="font-mono text-sm">
          {c.lines.map((l) => `${l.code}×${l.units} ${l.modifiers.join(" ")}`).join(", ")}
        </span>
      ),
  },
  { key: "amount", header: "Amount", cell: (c: Charge) => formatCents(c.totalCents) },
  {
    key: "billed",
    header: "Billed to",
    cell: (c: Charge) =>
      c.billedTo === "family" ? (
        <span>
          The family{" "}
          <span className="text-sm text-stone-600">
            ({c.payerName ? "self-pay" : "no coverage on file"})
          </span>
        </span>
      ) : (
        c.payerName
      ),
  },
  {
    key: "claim",
    header: "Claim",
    cell: (c: Charge) =>
      c.claimId && c.claimStatus ? (
        <Link href={`/admin/billing/claims/${c.claimId}`} className={textLinkClasses}>
          {STATUS_WORDS[c.claimStatus].label}
        </Link>
      ) : (
        "—"
      ),
  },
  {
    key: "checks",
    header: "To look at",
    cell: (c: Charge) => {
      const checks = checksOf(c);
      return checks.length === 0 ? (
        <span className="text-stone-600">Nothing</span>
      ) : (
        <span className="flex flex-col items-start gap-1">
          {checks.map((check) => (
            <Badge key={check} tone="warning">
              {check}
            </Badge>
          ))}
        </span>
      );
    },
  },
];

/** The charges of the clinic's signed visits, newest first: what each bills, to whom, and how. */
export function ChargeReview({ charges }: { charges: Charge[] }) {
  const flagged = charges.filter((c) => checksOf(c).length > 0).length;
  return (
    <div className="flex flex-col gap-6">
      <BackToBilling />
      <PageHeader
        title="Charges"
        description={`Every signed visit of the last 90 days, coded from its note's minutes for the child's payer. ${plural(flagged, "charge")} to look at.`}
      />
      <DataTable
        caption="Charges of signed visits"
        columns={COLUMNS}
        rows={charges}
        rowKey={(c) => c.chargeId}
        empty={<p className="text-stone-700">No signed visit in the last 90 days.</p>}
      />
    </div>
  );
}
