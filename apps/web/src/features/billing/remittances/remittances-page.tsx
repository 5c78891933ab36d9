import Link from "next/link";
import type { z } from "zod";

import type { EraSummary } from "@carryover/api/contracts/era";
import { Badge, Card, PageHeader, rowLinkClasses } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate, formatDateInZone } from "~/lib/time";
import { plural } from "~/lib/words";
import { BackToBilling } from "../back-to-billing";
import { ImportRemittances } from "./import-remittances.client";

type Remittance = z.infer<typeof EraSummary>;

/** The 835 files imported, newest first, and the form that imports more. */
export function RemittancesPage({
  remittances,
  timeZone,
}: {
  remittances: Remittance[];
  timeZone: string;
}) {
  return (
    <div className="flex flex-col gap-6">
      <BackToBilling />
      <PageHeader
        title="Remittances"
        description="Import the 835 files your clearinghouse sends: each payment posts to its claim once, the family's share moves to the family, and denials go to the work list on Billing."
      />
      <Card
        title="Import 835 files"
        description="Choose one file or several. A file imported before posts nothing again."
      >
        <ImportRemittances />
      </Card>
      <Card title="Imported remittances" description="Newest first. Open one to see each claim.">
        {remittances.length === 0 ? (
          <p className="text-stone-700">No remittance imported yet.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-200" aria-label="Imported remittances">
            {remittances.map((remittance) => (
              <li key={remittance.id}>
                <RemittanceRow remittance={remittance} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** One remittance as a row: who paid, when, how much, and what needs a look. */
function RemittanceRow({ remittance, timeZone }: { remittance: Remittance; timeZone: string }) {
  const posted = remittance.claimCount - remittance.unmatchedCount;
  return (
    <Link href={`/admin/billing/remittances/${remittance.id}`} className={rowLinkClasses}>
      <span className="min-w-0">
        <span className="block font-medium text-stone-900">
          {remittance.payerName} · {formatCents(remittance.paymentCents)}
        </span>
        <span className="block text-stone-700">
          {remittance.paidOn ? `Paid ${formatCalendarDate(remittance.paidOn)}` : "No payment date"}{" "}
          · Trace {remittance.traceNumber} · {plural(remittance.claimCount, "claim")}
        </span>
        <span className="block text-sm break-all text-stone-600">
          {remittance.fileName}, imported {formatDateInZone(remittance.importedAt, timeZone)}
        </span>
      </span>
      <span className="flex shrink-0 flex-col items-end gap-1 sm:flex-row sm:items-center">
        {remittance.deniedCount > 0 ? (
          <Badge tone="danger">{remittance.deniedCount} denied</Badge>
        ) : null}
        {remittance.unmatchedCount > 0 ? (
          <Badge tone="warning">{remittance.unmatchedCount} not matched</Badge>
        ) : null}
        {remittance.deniedCount === 0 && remittance.unmatchedCount === 0 && posted > 0 ? (
          <Badge tone="success">All posted</Badge>
        ) : null}
      </span>
    </Link>
  );
}
