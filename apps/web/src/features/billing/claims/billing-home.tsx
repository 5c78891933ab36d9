import Link from "next/link";
import type { ReactNode } from "react";

import type { ClaimSummary } from "@carryover/api/contracts/claim";
import {
  Alert,
  Badge,
  buttonClasses,
  Card,
  PageHeader,
  rowLinkClasses,
  textLinkClasses,
} from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate, formatDateInZone } from "~/lib/time";
import { plural } from "~/lib/words";
import { STATUS_WORDS } from "./claim-words";
import { CheckClaimsAgain, SendClaims } from "./send-claims.client";

type Batch = {
  id: string;
  interchangeControlNumber: number;
  payerName: string;
  claimCount: number;
  totalCents: number;
  createdAt: Date;
};
type ByStatus = { status: ClaimSummary["status"]; count: number; cents: number }[];

const SHOWN_STATUSES = [
  "draft",
  "ready",
  "submitted",
  "accepted",
  "rejected",
  "paid",
  "denied",
] as const;

/** Claims grouped by payer, in the order the payers first appear. */
function byPayer(claims: ClaimSummary[]): ClaimSummary[][] {
  const groups = new Map<string, ClaimSummary[]>();
  for (const claim of claims)
    groups.set(claim.payerId, [...(groups.get(claim.payerId) ?? []), claim]);
  return [...groups.values()];
}

/**
 * The clinic's billing at a glance: claims held back and why, claims ready to send by payer, what
 * was sent and what the payers said, and the authorizations to renew.
 */
export function BillingHome(props: {
  claims: ClaimSummary[];
  byStatus: ByStatus;
  batches: Batch[];
  timeZone: string;
  authorizationsToRenew: ReactNode;
  /** Visits given and billed nowhere yet: their notes are not signed. */
  visitsNotBilled: ReactNode;
  /** Denials from imported remittances, not worked yet. */
  denials: ReactNode;
  /** The batch just sent from this page, to download. */
  sentBatchId?: string;
}) {
  const sent = props.batches.find((b) => b.id === props.sentBatchId);
  const toFix = props.claims.filter((c) => c.status === "draft");
  const ready = props.claims.filter((c) => c.status === "ready");
  const answered = props.claims.filter((c) => !["draft", "ready"].includes(c.status)).slice(0, 20);
  const readyByPayer = byPayer(ready);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Billing"
        description="Claims are made when a therapist signs a visit note. Fix what the checks hold back, then send the rest."
        actions={
          <>
            <Link
              href="/admin/billing/remittances"
              className={buttonClasses({ variant: "secondary" })}
            >
              Remittances
            </Link>
            <Link href="/admin/billing/reports" className={buttonClasses({ variant: "secondary" })}>
              Reports
            </Link>
            <Link href="/admin/billing/charges" className={buttonClasses({ variant: "secondary" })}>
              Charges
            </Link>
            <Link href="/admin/billing/payers" className={buttonClasses({ variant: "secondary" })}>
              Payers and fees
            </Link>
            <CheckClaimsAgain label="Check all claims again" />
          </>
        }
      />
      {sent ? (
        <Alert tone="success">
          Batch {sent.interchangeControlNumber} is ready for the clearinghouse:{" "}
          {plural(sent.claimCount, "claim")} to {sent.payerName}, {formatCents(sent.totalCents)}.{" "}
          <a
            href={`/api/billing/claim-batches/${sent.id}/837p`}
            className={textLinkClasses}
            download
          >
            Download the 837P file
          </a>
        </Alert>
      ) : null}
      <StatusTiles byStatus={props.byStatus} />
      {props.denials}
      <ClaimsToFix claims={toFix} />
      {props.visitsNotBilled}
      <ReadyToSend groups={readyByPayer} />
      {props.authorizationsToRenew}
      <SentBatches batches={props.batches} timeZone={props.timeZone} />
      <SentClaims claims={answered} />
    </div>
  );
}

/** How many claims stand in each status, and for how much. */
function StatusTiles({ byStatus }: { byStatus: ByStatus }) {
  return (
    <ul
      className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7"
      aria-label="Claims by status"
    >
      {SHOWN_STATUSES.map((status) => {
        const tally = byStatus.find((s) => s.status === status);
        return (
          <li key={status} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
            <p className="text-sm font-medium text-stone-600">{STATUS_WORDS[status].label}</p>
            <p className="text-2xl font-semibold text-stone-900">{tally?.count ?? 0}</p>
            <p className="text-sm text-stone-600">{formatCents(tally?.cents ?? 0)}</p>
          </li>
        );
      })}
    </ul>
  );
}
/** Drafts the checks hold back, each with its first problem. */
function ClaimsToFix({ claims }: { claims: ClaimSummary[] }) {
  return (
    <Card
      title="Claims to fix"
      description="Visits not billed yet, and why. Open one to see each problem and how to fix it."
    >
      {claims.length === 0 ? (
        <p className="text-stone-700">None — every claim passes the checks.</p>
      ) : (
        <ul className="flex flex-col" aria-label="Claims to fix">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={`/admin/billing/claims/${claim.id}`} className={rowLinkClasses}>
                <span className="min-w-0">
                  <span className="block font-medium text-stone-900">
                    {claim.childName} · {formatCalendarDate(claim.serviceOn)} · {claim.payerName}
                  </span>
                  <span className="block text-stone-700">{claim.findings[0]?.problem}</span>
                </span>
                <Badge tone="warning">{plural(claim.findings.length, "problem")}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
/** Ready claims by payer; each payer's go in one batch. */
function ReadyToSend({ groups }: { groups: ClaimSummary[][] }) {
  return (
    <Card
      title="Ready to send"
      description="Each payer's claims go in one batch: an 837P file for your clearinghouse."
    >
      {groups.length === 0 ? (
        <p className="text-stone-700">
          Nothing waiting: claims appear here once they pass every check.
        </p>
      ) : (
        <ul className="flex flex-col gap-5">
          {groups.map((claims) => {
            const [first] = claims;
            if (!first) return null;
            const total = claims.reduce((sum, c) => sum + c.totalCents, 0);
            return (
              <li key={first.payerId} className="flex flex-col gap-2">
                <h3 className="font-semibold text-stone-900">
                  {first.payerName} · {plural(claims.length, "claim")} · {formatCents(total)}
                </h3>
                <ul className="flex flex-col text-stone-700">
                  {claims.map((claim) => (
                    <li key={claim.id}>
                      <Link href={`/admin/billing/claims/${claim.id}`} className={textLinkClasses}>
                        {claim.controlNumber}
                      </Link>{" "}
                      · {claim.childName} · {formatCalendarDate(claim.serviceOn)} ·{" "}
                      {formatCents(claim.totalCents)}
                    </li>
                  ))}
                </ul>
                <SendClaims
                  payerId={first.payerId}
                  payerName={first.payerName}
                  claimIds={claims.map((c) => c.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
/** The batches sent, each file to download again. */
function SentBatches({ batches, timeZone }: { batches: Batch[]; timeZone: string }) {
  return (
    <Card title="Sent batches" description="Each file as it was sent, to upload again if needed.">
      {batches.length === 0 ? (
        <p className="text-stone-700">No batch sent yet.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200" aria-label="Sent batches">
          {batches.map((batch) => (
            <li key={batch.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <span>
                <span className="block font-medium text-stone-900">
                  Batch {batch.interchangeControlNumber} · {batch.payerName}
                </span>
                <span className="block text-stone-700">
                  {formatDateInZone(batch.createdAt, timeZone)} ·{" "}
                  {plural(batch.claimCount, "claim")} · {formatCents(batch.totalCents)}
                </span>
              </span>
              <a
                href={`/api/billing/claim-batches/${batch.id}/837p`}
                className={textLinkClasses}
                download
              >
                Download 837P
                <span className="sr-only"> of batch {batch.interchangeControlNumber}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
/** The latest claims sent, and what each payer said. */
function SentClaims({ claims }: { claims: ClaimSummary[] }) {
  return (
    <Card title="Sent and answered" description="The latest claims sent, and what each payer said.">
      {claims.length === 0 ? (
        <p className="text-stone-700">No claim sent yet.</p>
      ) : (
        <ul className="flex flex-col" aria-label="Sent claims">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={`/admin/billing/claims/${claim.id}`} className={rowLinkClasses}>
                <span className="min-w-0">
                  <span className="block font-medium text-stone-900">
                    {claim.controlNumber} · {claim.childName}
                  </span>
                  <span className="block text-stone-700">
                    {formatCalendarDate(claim.serviceOn)} · {claim.payerName} ·{" "}
                    {formatCents(claim.totalCents)}
                  </span>
                </span>
                <Badge tone={STATUS_WORDS[claim.status].tone}>
                  {STATUS_WORDS[claim.status].label}
                </Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
