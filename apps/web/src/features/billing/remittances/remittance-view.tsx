import Link from "next/link";
import type { z } from "zod";

import type { EraClaim, EraDetail } from "@carryover/api/contracts/era";
import { Badge, Card, PageHeader, textLinkClasses, type BadgeTone } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate, formatDateInZone } from "~/lib/time";
import { plural } from "~/lib/words";
import { fixLinkOf } from "./denials-to-work";

type Remittance = z.infer<typeof EraDetail>;
type Adjustment = EraClaim["adjustments"][number];
type Line = EraClaim["lines"][number];

/** BPR04, the way the money came. */
const METHODS: Record<string, string> = {
  ACH: "Direct deposit",
  CHK: "Check",
  NON: "No payment",
};

const GROUPS = [
  {
    key: "denied",
    heading: "Denied",
    tone: "danger",
    meaning: "The payer would not pay these. Each waits on the work list on Billing until done.",
  },
  {
    key: "paid",
    heading: "Paid",
    tone: "success",
    meaning: "Posted to each claim; the family's share moved to the family's account.",
  },
  {
    key: "reversed",
    heading: "Reversed",
    tone: "warning",
    meaning: "The payer took back an earlier payment; a corrected payment usually follows.",
  },
  {
    key: "unmatched",
    heading: "Not matched",
    tone: "warning",
    meaning: "Nothing was posted for these. Check the control number with the payer.",
  },
] as const satisfies readonly { key: string; heading: string; tone: BadgeTone; meaning: string }[];
type GroupKey = (typeof GROUPS)[number]["key"];

function groupOf(claim: EraClaim): GroupKey {
  if (claim.unmatched !== null) return "unmatched";
  if (claim.denied) return "denied";
  if (claim.status === "22") return "reversed";
  return "paid";
}

/** "$14.20 · Contractual obligation (CO-45): The clinic's charge is above the plan's rate…" */
const adjustmentWords = (adjustment: Adjustment) =>
  `${formatCents(adjustment.cents)} · ${adjustment.groupWords} (${adjustment.group}-${adjustment.reason.code}): ${adjustment.reason.plain}`;

/**
 * One remittance as a biller reads it: who paid how much and how, then each claim payment under
 * denied, paid, reversed or not matched, with every adjustment in plain words.
 */
export function RemittanceView({
  remittance,
  timeZone,
}: {
  remittance: Remittance;
  timeZone: string;
}) {
  const groups = GROUPS.map((group) => ({
    ...group,
    claims: remittance.claims.filter((claim) => groupOf(claim) === group.key),
  })).filter((group) => group.claims.length > 0);
  const counts = groups.map((g) => `${g.claims.length} ${g.heading.toLowerCase()}`).join(", ");
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/billing/remittances" className={textLinkClasses}>
          ← Remittances
        </Link>
      </p>
      <PageHeader
        title={`Remittance from ${remittance.payerName}`}
        description={
          remittance.claims.length === 0
            ? "No claim payment in this file."
            : `${plural(remittance.claims.length, "claim payment")}: ${counts}.`
        }
      />
      <PaymentSummary remittance={remittance} timeZone={timeZone} />
      {groups.map((group) => (
        <section
          key={group.key}
          aria-labelledby={`group-${group.key}`}
          className="flex flex-col gap-3"
        >
          <div>
            <h2 id={`group-${group.key}`} className="text-xl font-semibold text-stone-900">
              {group.heading} ({group.claims.length})
            </h2>
            <p className="text-stone-600">{group.meaning}</p>
          </div>
          {group.claims.map((claim) => (
            <ClaimPayment key={claim.id} claim={claim} tone={group.tone} timeZone={timeZone} />
          ))}
        </section>
      ))}
    </div>
  );
}

/** The payment itself (BPR, TRN) and what the payer adjusted outside any claim (PLB). */
function PaymentSummary({ remittance, timeZone }: { remittance: Remittance; timeZone: string }) {
  const facts = [
    {
      term: "Payment",
      detail: <span className="text-xl font-semibold">{formatCents(remittance.paymentCents)}</span>,
    },
    {
      term: "Paid on",
      detail: remittance.paidOn ? formatCalendarDate(remittance.paidOn) : "Not given",
    },
    { term: "Method", detail: METHODS[remittance.method] ?? remittance.method },
    { term: "Trace number", detail: <span className="break-all">{remittance.traceNumber}</span> },
    {
      term: "Payer",
      wide: true,
      detail: remittance.payerIdentifier
        ? `${remittance.payerName} (payer ID ${remittance.payerIdentifier})`
        : remittance.payerName,
    },
    {
      term: "File",
      wide: true,
      detail: (
        <span className="break-all">
          {remittance.fileName}, imported {formatDateInZone(remittance.importedAt, timeZone)}
        </span>
      ),
    },
  ];
  return (
    <Card title="Payment">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 lg:grid-cols-4">
        {facts.map((fact) => (
          <div key={fact.term} className={fact.wide ? "col-span-2" : undefined}>
            <dt className="text-sm font-medium text-stone-600">{fact.term}</dt>
            <dd className="text-stone-900">{fact.detail}</dd>
          </div>
        ))}
      </dl>
      {remittance.providerAdjustments.length > 0 ? (
        <div className="mt-5 flex flex-col gap-2 border-t border-stone-200 pt-4">
          <h3 className="font-semibold text-stone-900">Provider-level adjustments</h3>
          <p className="text-stone-600">
            Taken from or added to this payment by the payer, outside any one claim.
          </p>
          <ul
            className="flex flex-col gap-1 text-stone-800"
            aria-label="Provider-level adjustments"
          >
            {remittance.providerAdjustments.map((adjustment, index) => (
              <li key={`${adjustment.reason}-${adjustment.reference ?? ""}-${index}`}>
                {adjustment.words}
                {adjustment.reference ? ` · reference ${adjustment.reference}` : ""} ·{" "}
                {formatCents(Math.abs(adjustment.cents))}{" "}
                {adjustment.cents >= 0 ? "taken from the payment" : "added to the payment"}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

/** The claim's adjustments and its lines', one per group and reason, with the codes they touch. */
function mergedAdjustments(claim: EraClaim) {
  const merged = new Map<string, { adjustment: Adjustment; codes: string[] }>();
  const add = (adjustment: Adjustment, code: string | null) => {
    const key = `${adjustment.group}-${adjustment.reason.code}`;
    const found = merged.get(key);
    if (!found) merged.set(key, { adjustment, codes: code ? [code] : [] });
    else {
      found.adjustment = { ...found.adjustment, cents: found.adjustment.cents + adjustment.cents };
      if (code && !found.codes.includes(code)) found.codes.push(code);
    }
  };
  for (const adjustment of claim.adjustments) add(adjustment, null);
  for (const line of claim.lines)
    for (const adjustment of line.adjustments) add(adjustment, line.code);
  return [...merged.entries()].map(([key, value]) => ({ key, ...value }));
}

/** One claim payment as a card: whose, what the payer did, why, and line by line. */
function ClaimPayment({
  claim,
  tone,
  timeZone,
}: {
  claim: EraClaim;
  tone: BadgeTone;
  timeZone: string;
}) {
  const headingId = `claim-${claim.id}`;
  const adjustments = mergedAdjustments(claim);
  const remarks = [...claim.remarks, ...claim.lines.flatMap((line) => line.remarks)];
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold text-stone-900">
            {claim.claimId ? (
              <Link href={`/admin/billing/claims/${claim.claimId}`} className={textLinkClasses}>
                {claim.controlNumber}
              </Link>
            ) : (
              claim.controlNumber
            )}
          </h3>
          <p className="text-stone-700">
            {claim.childId && claim.childName ? (
              <Link href={`/admin/billing/children/${claim.childId}`} className={textLinkClasses}>
                {claim.childName}
              </Link>
            ) : (
              "No child of this clinic"
            )}
            {claim.payerClaimNumber ? ` · payer's claim number ${claim.payerClaimNumber}` : ""}
          </p>
        </div>
        <Badge tone={tone}>{claim.statusWords}</Badge>
      </div>
      <p className="font-medium text-stone-900">
        Billed {formatCents(claim.chargedCents)} · Plan paid {formatCents(claim.paidCents)} ·
        Family&apos;s share {formatCents(claim.patientResponsibilityCents)}
      </p>
      {claim.unmatched ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-900">
          Not posted: {claim.unmatched}
        </p>
      ) : null}
      {adjustments.length > 0 ? (
        <ul
          className="flex flex-col gap-1 text-stone-800"
          aria-label={`Adjustments to ${claim.controlNumber}`}
        >
          {adjustments.map(({ key, adjustment, codes }) => (
            <li key={key}>
              {codes.length > 0 ? (
                <span className="font-mono text-sm text-stone-600">{codes.join(", ")} </span>
              ) : null}
              {adjustmentWords(adjustment)}
            </li>
          ))}
        </ul>
      ) : null}
      {remarks.length > 0 ? (
        <ul className="flex flex-col gap-1 text-stone-700">
          {remarks.map((remark, index) => (
            <li key={`${remark.code}-${index}`}>
              Remark {remark.code}: {remark.words}
            </li>
          ))}
        </ul>
      ) : null}
      {claim.denied ? <WhatToDo claim={claim} timeZone={timeZone} /> : null}
      {claim.lines.length > 0 ? <LineTable claim={claim} /> : null}
    </article>
  );
}

/** A denial's fixes, each reason's once, with where to make them. */
function WhatToDo({ claim, timeZone }: { claim: EraClaim; timeZone: string }) {
  const reasons = new Map<string, Adjustment["reason"]>();
  for (const adjustment of [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)])
    if (adjustment.group !== "PR") reasons.set(adjustment.reason.code, adjustment.reason);
  const { claimId, childId, childName } = claim;
  const linked = new Set<string>();
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-3 text-stone-900">
      <p className="font-semibold">What to do</p>
      {reasons.size === 0 ? (
        <p>The payer gave no reason code: call the payer or see their letter.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {[...reasons.values()].map((reason) => {
            const fix =
              claimId && childId && childName
                ? fixLinkOf(reason.fixKind, { claimId, childId, childName })
                : null;
            const showLink = fix !== null && !linked.has(fix.href);
            if (fix) linked.add(fix.href);
            return (
              <li key={reason.code}>
                {reason.fix}{" "}
                {showLink ? (
                  <Link href={fix.href} className={textLinkClasses}>
                    {fix.label}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-1 text-sm text-stone-700">
        {claim.workedAt
          ? `Marked done on ${formatDateInZone(claim.workedAt, timeZone)}.`
          : "On the work list on Billing until marked done."}
      </p>
    </div>
  );
}

const cell = "px-3 py-2 align-top";

/** The payment line by line; scrolls sideways on a phone rather than squeezing. */
function LineTable({ claim }: { claim: EraClaim }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">Lines of {claim.controlNumber}</caption>
        <thead className="bg-stone-50 text-stone-600">
          <tr>
            {["Service", "Date", "Units", "Billed", "Paid", "Adjustments"].map((header) => (
              <th key={header} scope="col" className={`${cell} font-medium`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 text-stone-900">
          {claim.lines.map((line: Line, index) => (
            <tr key={`${line.code}-${index}`}>
              <td className={`${cell} font-mono`}>{[line.code, ...line.modifiers].join(" ")}</td>
              <td className={`${cell} whitespace-nowrap`}>
                {line.serviceDate ? formatCalendarDate(line.serviceDate) : "—"}
              </td>
              <td className={cell}>{line.units}</td>
              <td className={cell}>{formatCents(line.chargedCents)}</td>
              <td className={cell}>{formatCents(line.paidCents)}</td>
              <td className={cell}>
                {line.adjustments.length === 0
                  ? "—"
                  : line.adjustments
                      .map((a) => `${a.group}-${a.reason.code} ${formatCents(a.cents)}`)
                      .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
