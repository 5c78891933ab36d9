"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";

import { type ChildLedger, type LedgerEntry } from "@carryover/api/contracts/ledger";
import { Button, Card, cn, DataTable, textLinkClasses, type DataTableColumn } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { formatCalendarDate, formatDateInZone } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { AccountActions } from "./account-postings.client";
import { balanceWords, entryDetails, entryWords, PARTY_WORDS, signedDollars } from "./entry-words";
import { FeeWaiver } from "./waive-fee.client";

/** A child's account for billing staff: the balances, each visit's, every entry, and the desk's postings. */
export function ChildAccount({ childId, timeZone }: { childId: string; timeZone: string }) {
  const trpc = useTRPC();
  const account = useQuery(trpc.ledger.child.queryOptions({ childId }));
  return (
    <div id="account" className="scroll-mt-20">
      <Card
        title="Account"
        description="What insurance and the family owe, and every charge, payment and adjustment behind it."
      >
        {account.isPending ? (
          <p className="text-stone-600">Loading the account…</p>
        ) : account.isError ? (
          <QueryError
            error={account.error}
            what="the account"
            onRetry={() => void account.refetch()}
          />
        ) : (
          <div className="flex flex-col gap-6">
            <BalanceTiles balances={account.data.balances} />
            <AccountActions ledger={account.data} />
            <ClaimBalances claims={account.data.claims} />
            <Entries entries={account.data.entries} timeZone={timeZone} childId={childId} />
          </div>
        )}
      </Card>
    </div>
  );
}

function BalanceTiles({ balances }: { balances: ChildLedger["balances"] }) {
  const tiles = [
    { label: "Insurance owes", cents: balances.insurance },
    { label: "Family owes", cents: balances.family },
    { label: "Total", cents: balances.total },
  ];
  return (
    <div role="group" aria-label="Balances">
      <dl className="grid gap-3 sm:grid-cols-3">
        {tiles.map((tile) => (
          <div
            key={tile.label}
            className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-3"
          >
            <dt className="text-sm font-medium text-stone-600">{tile.label}</dt>
            <dd
              className={cn(
                "mt-1 text-2xl font-semibold tabular-nums",
                tile.cents < 0 ? "text-green-800" : "text-stone-900",
              )}
            >
              {balanceWords(tile.cents)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

type Claim = ChildLedger["claims"][number];

const CLAIM_COLUMNS: DataTableColumn<Claim>[] = [
  {
    key: "claim",
    header: "Claim",
    cell: (claim) => (
      <Link href={`/admin/billing/claims/${claim.claimId}`} className={textLinkClasses}>
        {claim.controlNumber}
      </Link>
    ),
  },
  { key: "visit", header: "Visit", cell: (claim) => formatCalendarDate(claim.serviceOn) },
  { key: "payer", header: "Payer", cell: (claim) => claim.payerName },
  {
    key: "insurance",
    header: "Insurance owes",
    cell: (claim) => balanceWords(claim.insurance),
    className: "text-right tabular-nums whitespace-nowrap",
  },
  {
    key: "family",
    header: "Family owes",
    cell: (claim) => balanceWords(claim.family),
    className: "text-right tabular-nums whitespace-nowrap",
  },
];

/** Each visit's claim that someone still owes on, newest visit first. */
function ClaimBalances({ claims }: { claims: Claim[] }) {
  const owing = claims.filter((claim) => claim.insurance !== 0 || claim.family !== 0);
  return (
    <section aria-labelledby="account-by-visit" className="flex flex-col gap-3">
      <h3 id="account-by-visit" className="font-semibold text-stone-900">
        By visit
      </h3>
      <DataTable
        caption="Balances by visit"
        columns={CLAIM_COLUMNS}
        rows={owing}
        rowKey={(claim) => claim.claimId}
        empty={
          <p className="text-stone-600">
            {claims.length === 0 ? "No claim sent yet." : "Nothing is owed on any visit."}
          </p>
        }
      />
    </section>
  );
}

/** The newest entries shown before "Show all". */
const FIRST_ENTRIES = 25;

/** `waived`: the sessions whose fee has been waived. */
function entryColumns(
  timeZone: string,
  childId: string,
  waived: ReadonlySet<string>,
): DataTableColumn<LedgerEntry>[] {
  return [
    {
      key: "date",
      header: "Date",
      cell: (entry) => formatDateInZone(entry.at, timeZone),
      className: "whitespace-nowrap",
    },
    {
      key: "what",
      header: "What",
      cell: (entry) => {
        const details = entryDetails(entry);
        return (
          <>
            {entryWords(entry)}
            {details ? <span className="block text-sm text-stone-600">{details}</span> : null}
            {entry.kind === "fee" && entry.appointmentId ? (
              <FeeWaiver childId={childId} entry={entry} waived={waived.has(entry.appointmentId)} />
            ) : null}
          </>
        );
      },
    },
    { key: "whose", header: "Whose", cell: (entry) => PARTY_WORDS[entry.party] },
    {
      key: "amount",
      header: "Amount",
      cell: (entry) => signedDollars(entry.cents),
      className: "text-right tabular-nums whitespace-nowrap",
    },
  ];
}

function Entries({
  entries,
  timeZone,
  childId,
}: {
  entries: LedgerEntry[];
  timeZone: string;
  childId: string;
}) {
  const [all, setAll] = useState(false);
  const waived = new Set(
    entries.flatMap((entry) =>
      entry.kind === "fee_waiver" && entry.appointmentId ? [entry.appointmentId] : [],
    ),
  );
  // The account lists them oldest first; the newest is what billing staff look for.
  const newest = [...entries].reverse();
  const shown = all ? newest : newest.slice(0, FIRST_ENTRIES);
  return (
    <section aria-labelledby="account-entries" className="flex flex-col gap-3">
      <h3 id="account-entries" className="font-semibold text-stone-900">
        Entries
      </h3>
      <DataTable
        caption="Entries, newest first"
        columns={entryColumns(timeZone, childId, waived)}
        rows={shown}
        rowKey={(entry) => entry.id}
        empty={<p className="text-stone-600">Nothing posted to this account yet.</p>}
      />
      {shown.length < newest.length ? (
        <p>
          <Button variant="ghost" size="sm" onClick={() => setAll(true)}>
            Show all {newest.length} entries
          </Button>
        </p>
      ) : null}
    </section>
  );
}
