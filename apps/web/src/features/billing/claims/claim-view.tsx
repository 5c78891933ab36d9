import Link from "next/link";

import type { ClaimDetail } from "@carryover/api/contracts/claim";
import {
  Alert,
  Badge,
  Card,
  DataTable,
  DescriptionList,
  PageHeader,
  textLinkClasses,
} from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate, formatDateInZone } from "~/lib/time";
import { plural } from "~/lib/words";
import { BackToBilling } from "../back-to-billing";
import { CorrectClaim, RecordClaimAnswer } from "./claim-answer.client";
import { ClaimFollowUp } from "./claim-follow-up.client";
import { FREQUENCY_WORDS, STATUS_WORDS } from "./claim-words";
import { CheckClaimsAgain } from "./send-claims.client";

type Finding = ClaimDetail["findings"][number];
type Line = ClaimDetail["lines"][number];

const PLACES: Record<string, string> = {
  "02": "02 · telehealth, not at home",
  "10": "10 · telehealth at home",
  "11": "11 · office",
  "12": "12 · home",
  "99": "99 · other place",
};

/**
 * Where a finding is fixed: the child's coverage (billing's own), or the note or the chart, which
 * only those who read the record open; a biller is told whom to ask instead.
 */
function fixOf(
  claim: ClaimDetail,
  finding: Finding,
  readsRecord: boolean,
): { href: string; label: string } | { ask: string } | null {
  const askTherapist = { ask: `Ask ${claim.renderingProvider} to fix this in the record.` };
  switch (finding.edit) {
    case "member_id_missing":
    case "authorization_missing":
    case "authorization_expired":
    case "authorization_exhausted":
      return {
        href: `/admin/billing/children/${claim.childId}#coverage`,
        label: `Open ${claim.childName}'s coverage`,
      };
    case "note_unsigned":
    case "units_not_supported":
      return readsRecord
        ? { href: `/notes/${claim.noteId}`, label: "Open the visit note" }
        : askTherapist;
    case "diagnosis_missing":
    case "plan_of_care_missing":
    case "plan_of_care_uncertified":
    case "plan_of_care_expired":
    case "progress_report_overdue":
    case "caregiver_consent_missing":
      return readsRecord
        ? { href: `/children/${claim.childId}/chart`, label: `Open ${claim.childName}'s chart` }
        : askTherapist;
    default:
      return null;
  }
}

const LINE_COLUMNS = [
  { key: "code", header: "Code", cell: (l: Line) => <span className="font-mono">{l.code}</span> },
  { key: "modifiers", header: "Modifiers", cell: (l: Line) => l.modifiers.join(" ") || "—" },
  { key: "units", header: "Units", cell: (l: Line) => l.units },
  { key: "each", header: "Per unit", cell: (l: Line) => formatCents(l.unitCents) },
  { key: "charge", header: "Charge", cell: (l: Line) => formatCents(l.cents) },
  {
    key: "pointers",
    header: "Diagnoses",
    cell: (l: Line) => l.diagnosisPointers.map((p) => "ABCDEFGHIJKL"[p - 1]).join(", ") || "—",
  },
];

/**
 * One claim: who and what it bills, each check it fails with its fix, and its file to print.
 * `readsRecord`: the viewer reads the chart (an admin), so the note and the chart are linked.
 */
export function ClaimView({
  claim,
  timeZone,
  readsRecord,
}: {
  claim: ClaimDetail;
  timeZone: string;
  readsRecord: boolean;
}) {
  const status = STATUS_WORDS[claim.status];
  return (
    <div className="flex flex-col gap-6">
      <BackToBilling />
      <PageHeader
        title={`Claim ${claim.controlNumber}`}
        description={`${claim.childName} · ${formatCalendarDate(claim.serviceOn)} · ${claim.payerName}`}
        actions={<Badge tone={status.tone}>{status.label}</Badge>}
      />
      {claim.followUp.primaryClaim ? (
        <p className="text-stone-800">
          Secondary to claim{" "}
          <Link
            href={`/admin/billing/claims/${claim.followUp.primaryClaim.id}`}
            className={textLinkClasses}
          >
            {claim.followUp.primaryClaim.controlNumber}
          </Link>
          : it carries what the primary plan paid and adjusted.
        </p>
      ) : null}
      {claim.status === "draft" ? (
        <ClaimFindings claim={claim} readsRecord={readsRecord} />
      ) : claim.status === "ready" ? (
        <Alert tone="success">
          This claim passes every check. Send it with the other {claim.payerName} claims from{" "}
          <Link href="/admin/billing" className={textLinkClasses}>
            Billing
          </Link>
          .
        </Alert>
      ) : (
        <ClaimAnswered claim={claim} timeZone={timeZone} />
      )}
      {claim.status === "paid" || claim.status === "denied" ? (
        <ClaimFollowUp claim={claim} />
      ) : null}
      {claim.recoded && claim.recoded.changes.length > 0 ? (
        <Card
          title="Changed by an addendum"
          description={
            claim.status === "draft" || claim.status === "ready"
              ? "The note's minutes were corrected; this claim now carries the new lines."
              : "The note's minutes were corrected after this claim was sent. Once the payer answers, send a replacement."
          }
        >
          <ul className="flex flex-col gap-1 text-stone-800">
            {claim.recoded.changes.map((change) => (
              <li key={change.code}>
                <span className="font-mono">{change.code}</span>: {change.unitsBefore} →{" "}
                {change.unitsAfter} units ({change.centsChange >= 0 ? "+" : "−"}
                {formatCents(Math.abs(change.centsChange))})
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title="What it bills">
        <DataTable
          caption="Claim lines"
          columns={LINE_COLUMNS}
          rows={claim.lines}
          rowKey={(l) => l.code}
        />
        <p className="mt-3 font-semibold text-stone-900">Total {formatCents(claim.totalCents)}</p>
        {claim.unassignedMinutes > 0 ? (
          <p className="mt-1 text-stone-700">
            {plural(claim.unassignedMinutes, "minute")} of the visit bill no code as recorded
            (before the first service was marked, or caregiver training with the child there).
          </p>
        ) : null}
      </Card>
      <ClaimParties claim={claim} readsRecord={readsRecord} />
    </div>
  );
}

/** Each check the claim fails, with its fix and where to make it. */
function ClaimFindings({ claim, readsRecord }: { claim: ClaimDetail; readsRecord: boolean }) {
  return (
    <Card
      title={`${plural(claim.findings.length, "problem")} to fix`}
      description="The claim is sent only when every check passes. Fix each one, then check again."
    >
      <ol className="flex flex-col gap-4" aria-label="Problems to fix">
        {claim.findings.map((finding) => {
          const fix = fixOf(claim, finding, readsRecord);
          return (
            <li key={finding.edit} className="rounded-lg border border-amber-300 bg-amber-50 p-4">
              <p className="font-medium text-stone-900">{finding.problem}</p>
              <p className="text-stone-800">{finding.fix}</p>
              {fix === null ? null : "ask" in fix ? (
                <p className="text-stone-800">{fix.ask}</p>
              ) : (
                <Link href={fix.href} className={textLinkClasses}>
                  {fix.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
      <div className="mt-4">
        <CheckClaimsAgain claimId={claim.id} label="Check this claim again" />
      </div>
    </Card>
  );
}
/** Who the claim is for, who pays, where the visit was and who gave it. */
function ClaimParties({ claim, readsRecord }: { claim: ClaimDetail; readsRecord: boolean }) {
  return (
    <Card title="Who and where">
      <DescriptionList
        items={[
          {
            term: "Child",
            detail: `${claim.childName}, born ${formatCalendarDate(claim.childDateOfBirth)}`,
          },
          {
            term: "Payer",
            detail: `${claim.payerName} (${claim.coverage.rank === "primary" ? "primary" : "secondary"})`,
          },
          { term: "Member ID", detail: claim.coverage.memberId || "—" },
          {
            term: "Subscriber",
            detail:
              claim.coverage.relationship === "self"
                ? `${claim.childName} (own plan)`
                : `${claim.coverage.subscriberName} (parent's plan)`,
          },
          {
            term: "Place of service",
            detail: PLACES[claim.placeOfService] ?? claim.placeOfService,
          },
          { term: "Therapist", detail: claim.renderingProvider },
          {
            term: "Diagnoses",
            detail:
              claim.diagnoses.map((d, i) => `${"ABCDEFGHIJKL"[i]}. ${d}`).join("  ") ||
              "None on the chart",
          },
          { term: "Kind", detail: FREQUENCY_WORDS[claim.frequency] },
        ]}
      />
      <p className="mt-4 flex flex-wrap gap-4">
        <a href={`/api/billing/claims/${claim.id}/cms1500.pdf`} className={textLinkClasses}>
          Print on a CMS-1500
        </a>
        <Link href={`/admin/billing/children/${claim.childId}`} className={textLinkClasses}>
          {claim.childName}&apos;s coverage
        </Link>
        {readsRecord ? (
          <Link href={`/notes/${claim.noteId}`} className={textLinkClasses}>
            Open the visit note
          </Link>
        ) : null}
      </p>
    </Card>
  );
}

/** A claim that left: when, what the payer said, and what can be done about it now. */
function ClaimAnswered({ claim, timeZone }: { claim: ClaimDetail; timeZone: string }) {
  const status = STATUS_WORDS[claim.status];
  const correctable =
    (claim.status === "accepted" || claim.status === "rejected") && claim.frequency !== "8";
  return (
    <Card title={status.meaning}>
      <p className="text-stone-700">
        {claim.submittedAt ? `Sent ${formatDateInZone(claim.submittedAt, timeZone)}` : "Sent"}
        {claim.payerClaimNumber ? ` · the payer's number ${claim.payerClaimNumber}` : ""}.
      </p>
      {claim.status === "submitted" ? (
        <div className="mt-4">
          <RecordClaimAnswer claimId={claim.id} />
        </div>
      ) : null}
      {correctable ? (
        <div className="mt-4">
          <CorrectClaim claimId={claim.id} rejected={claim.status === "rejected"} />
        </div>
      ) : null}
    </Card>
  );
}
