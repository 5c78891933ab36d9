"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ClaimDetail } from "@carryover/api/contracts/claim";
import {
  decideBillSecondary,
  decideMoveToFamily,
  leftOnClaim,
  type ClaimLeftFacts,
} from "@carryover/domain/billing";
import { Alert, Card, ConfirmButton, DescriptionList, textLinkClasses } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { STATUS_WORDS } from "./claim-words";

const factsOf = (claim: ClaimDetail): ClaimLeftFacts => ({
  status: claim.status,
  frequency: claim.frequency,
  payerName: claim.payerName,
  isSecondary: claim.followUp.primaryClaim !== null,
  insuranceCents: claim.followUp.insuranceCents,
  familyCents: claim.followUp.familyCents,
  secondaryClaim: claim.followUp.secondaryClaim,
  movedToFamilyCents: claim.followUp.movedToFamilyCents,
  secondaryPayerName: claim.followUp.secondaryPayerName,
});

/** What is left of the claim, in words: insurance's part and the family's. */
function LeftItems({ claim }: { claim: ClaimDetail }) {
  const left = leftOnClaim(claim.followUp);
  const items = [
    { term: "Insurance still owes", detail: formatCents(left.insuranceCents) },
    {
      term: "The family's share",
      detail:
        left.familyCents > 0
          ? `${formatCents(left.familyCents)}, on the family's account`
          : formatCents(0),
    },
  ];
  return <DescriptionList items={items} />;
}

/**
 * A claim its payer answered: what is left of it, and where it goes — billed to the child's
 * secondary plan with the payer's adjudication, or moved to the family — each after a confirmation.
 */
export function ClaimFollowUp({ claim }: { claim: ClaimDetail }) {
  const trpc = useTRPC();
  const router = useRouter();
  const billSecondary = useMutation(trpc.claim.billSecondary.mutationOptions());
  const moveToFamily = useMutation(trpc.claim.moveBalanceToFamily.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const facts = factsOf(claim);
  const bill = decideBillSecondary(facts);
  const move = decideMoveToFamily(facts);
  const secondary = claim.followUp.secondaryClaim;
  const left = leftOnClaim(claim.followUp);

  async function billIt() {
    setProblem(null);
    try {
      const billed = await billSecondary.mutateAsync({ claimId: claim.id });
      router.push(`/admin/billing/claims/${billed.claimId}`);
    } catch (failure) {
      setProblem(describeError(failure).message);
    }
  }

  async function moveIt(cents: number) {
    setProblem(null);
    try {
      await moveToFamily.mutateAsync({ claimId: claim.id });
      setMoved(`Moved ${formatCents(cents)} to the family's account.`);
      router.refresh();
    } catch (failure) {
      setProblem(describeError(failure).message);
    }
  }

  return (
    <Card
      title="What is left"
      description={`What ${claim.payerName} did not pay or adjust, and where it goes.`}
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {moved ? (
        <p role="status" className="mb-3 text-green-800">
          {moved}
        </p>
      ) : null}
      <LeftItems claim={claim} />
      {secondary ? (
        <p className="mt-4 text-stone-800">
          Billed to {secondary.payerName} as{" "}
          <Link href={`/admin/billing/claims/${secondary.id}`} className={textLinkClasses}>
            claim {secondary.controlNumber}
          </Link>{" "}
          ({STATUS_WORDS[secondary.status].label.toLowerCase()}).
        </p>
      ) : left.totalCents === 0 ? (
        <p className="mt-4 text-stone-800">Nothing is left to bill on this claim.</p>
      ) : null}
      {bill.ok || move.ok ? (
        <div className="mt-4 flex flex-wrap gap-2">
          {bill.ok ? (
            <ConfirmButton
              variant="primary"
              tone="primary"
              title={`Bill ${facts.secondaryPayerName} for ${formatCents(bill.cents)}?`}
              description={`A claim for this visit goes to ${facts.secondaryPayerName} with what ${claim.payerName} paid and adjusted, ready to send with its other claims. Until it answers, ${facts.secondaryPayerName} owes the ${formatCents(bill.cents)}, not the family.`}
              confirmLabel={`Bill ${facts.secondaryPayerName}`}
              disabled={billSecondary.isPending}
              onConfirm={billIt}
            >
              Bill {facts.secondaryPayerName}
            </ConfirmButton>
          ) : null}
          {move.ok ? (
            <ConfirmButton
              tone="primary"
              title={`Move ${formatCents(move.cents)} to the family?`}
              description={`Insurance stops owing it: it goes on the family's account and their next statement.`}
              confirmLabel={`Move ${formatCents(move.cents)}`}
              disabled={moveToFamily.isPending}
              onConfirm={() => moveIt(move.cents)}
            >
              Move {formatCents(move.cents)} to the family
            </ConfirmButton>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
