import Link from "next/link";
import type { ReactNode } from "react";

import type { AgingReport } from "@carryover/api/contracts/report";
import { buttonClasses, Card, cn, PageHeader, textLinkClasses } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { BackToBilling } from "../back-to-billing";
import { agingSummary, owedWords, totalOf } from "./aging-words";
import { LazyAgingChart } from "./lazy-aging-chart.client";

// h-72: the chart's box holds its height while recharts loads.
const CHART_HEIGHT = 288;

type Line = { key: string; name: ReactNode; buckets: readonly number[]; total: number };

/**
 * Accounts receivable by age: the four buckets and the whole, a chart of insurance against
 * families, and the same numbers by payer and by family in tables.
 */
export function ArAgingReport({ report }: { report: AgingReport }) {
  const { buckets, totals } = report;
  return (
    <div className="flex flex-col gap-6">
      <BackToBilling />
      <PageHeader
        className="mb-0 sm:mb-0"
        title="Accounts receivable by age"
        description={
          <>
            What payers and families owe, by how long since the visit. Credits pay the oldest
            balances first.
            <span className="mt-1 block font-medium text-stone-800">
              As of {formatCalendarDate(report.asOf)}
            </span>
          </>
        }
        actions={
          <a href="/api/billing/reports/aging" className={buttonClasses({ variant: "secondary" })}>
            Download CSV
          </a>
        }
      />
      <BucketTiles report={report} />
      <Card
        title="Owed by age"
        description="Insurance and families stacked, in dollars. The tables below hold every figure."
      >
        <div role="img" aria-label={agingSummary(buckets, totals.all)} className="h-72">
          <LazyAgingChart
            buckets={buckets}
            insurance={totals.insurance}
            family={totals.family}
            height={CHART_HEIGHT}
          />
        </div>
      </Card>
      <AgingTable
        title="By payer"
        nameHeader="Payer"
        buckets={buckets}
        lines={report.byPayer.map((payer) => ({
          key: payer.payerId,
          name: payer.payerName,
          buckets: payer.buckets,
          total: payer.total,
        }))}
        totals={totals.insurance}
        empty="No payer owes anything."
      />
      <AgingTable
        title="By family"
        nameHeader="Child"
        buckets={buckets}
        lines={report.byFamily.map((family) => ({
          key: family.childId,
          buckets: family.buckets,
          total: family.total,
          name: (
            <Link href={`/admin/billing/children/${family.childId}`} className={textLinkClasses}>
              {family.childName || "A child no longer listed"}
            </Link>
          ),
        }))}
        totals={totals.family}
        empty="No family owes anything."
      />
    </div>
  );
}

/** The four buckets for everyone, then the whole, each with insurance's and families' share. */
function BucketTiles({ report }: { report: AgingReport }) {
  const { insurance, family, all } = report.totals;
  const tiles = [
    ...report.buckets.map((bucket, index) => ({
      label: bucket,
      all: all[index] ?? 0,
      insurance: insurance[index] ?? 0,
      family: family[index] ?? 0,
    })),
    { label: "Total", all: totalOf(all), insurance: totalOf(insurance), family: totalOf(family) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {tiles.map((tile) => {
        const whole = tile.label === "Total";
        return (
          <div
            key={tile.label}
            className={cn(
              "rounded-xl border p-4 shadow-sm",
              whole ? "border-brand-700 bg-brand-50" : "border-stone-200 bg-white",
            )}
          >
            <dt className="text-sm font-medium text-stone-600">{tile.label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-stone-900 tabular-nums">
              {owedWords(tile.all)}
            </dd>
            <dd className="mt-1 text-sm text-stone-600 tabular-nums">
              Insurance {owedWords(tile.insurance)}
              <br />
              Families {owedWords(tile.family)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

const AMOUNT = "px-3 py-2 text-right whitespace-nowrap tabular-nums";

/** A party's balances by bucket with its total, and a totals row; or a line saying nobody owes. */
function AgingTable({
  title,
  nameHeader,
  buckets,
  lines,
  totals,
  empty,
}: {
  title: string;
  nameHeader: string;
  buckets: readonly string[];
  lines: Line[];
  totals: readonly number[];
  empty: string;
}) {
  return (
    <Card title={title}>
      {lines.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-sm text-stone-600">
                <th scope="col" className="px-3 py-2 font-medium">
                  {nameHeader}
                </th>
                {[...buckets, "Total"].map((header) => (
                  <th key={header} scope="col" className={cn(AMOUNT, "font-medium")}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {lines.map((line) => (
                <tr key={line.key}>
                  <th scope="row" className="px-3 py-2 font-normal text-stone-900">
                    {line.name}
                  </th>
                  {line.buckets.map((cents, index) => (
                    <td
                      key={buckets[index] ?? index}
                      className={cn(AMOUNT, cents === 0 ? "text-stone-500" : "text-stone-900")}
                    >
                      {owedWords(cents)}
                    </td>
                  ))}
                  <td className={cn(AMOUNT, "font-semibold text-stone-900")}>
                    {owedWords(line.total)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-stone-300 font-semibold text-stone-900">
                <th scope="row" className="px-3 py-2">
                  Total
                </th>
                {[...totals, totalOf(totals)].map((cents, index) => (
                  <td key={index} className={AMOUNT}>
                    {owedWords(cents)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Card>
  );
}
