"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";

import type { ChildCoverageList } from "@carryover/api/contracts/authorization";
import type { ChildPlan } from "@carryover/api/contracts/coverage";
import { Alert, Badge, Button, Card } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { AddAuthorizationForm } from "./add-authorization-form.client";
import { AuthorizationBurnDown } from "./authorization-burn-down";
import { CoverageForm, type Guardian } from "./coverage/coverage-form.client";
import { EndCoverageForm } from "./coverage/end-coverage-form.client";
import { PAYER_KIND_WORDS } from "./payers/payer-words";

/** What is open on the card: a new plan, or one plan's edit, end or new authorization. */
type Open = { kind: "add" } | { kind: "edit" | "end" | "authorization"; coverageId: string } | null;

/** Who pays for a child's visits, and where each authorization stands: for billing staff. */
export function CoverageCard({
  childId,
  firstName,
  guardians,
  today,
}: {
  childId: string;
  firstName: string;
  guardians: Guardian[];
  /** The clinic's today: a plan that ended before it is marked so. */
  today: string;
}) {
  const trpc = useTRPC();
  const answer = useQuery(trpc.authorization.list.queryOptions({ childId }));
  const plans = useQuery(trpc.coverage.list.queryOptions({ childId }));
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const start = (next: Open) => {
    setSaved(null);
    setOpen(next);
  };
  const done = (message: string | null) => {
    setOpen(null);
    setSaved(message);
  };
  const planOf = (id: string) => plans.data?.find((plan) => plan.id === id) ?? null;
  const formProps = { childId, firstName, guardians, onDone: done };
  return (
    <div id="coverage" className="scroll-mt-20">
      <Card
        title="Coverage and authorizations"
        description={`Who pays for ${firstName}'s visits, and how many the payer has approved.`}
        actions={
          open?.kind === "add" ? null : (
            <Button variant="secondary" onClick={() => start({ kind: "add" })}>
              Add a plan
            </Button>
          )
        }
      >
        <div className="flex flex-col gap-5">
          {saved ? <Alert tone="success">{saved}</Alert> : null}
          {open?.kind === "add" ? (
            <CoverageForm {...formProps} plan={null} home={plans.data?.[0] ?? null} />
          ) : null}
          {answer.isPending ? (
            <p className="text-stone-600">Loading the coverage…</p>
          ) : answer.isError ? (
            <QueryError
              error={answer.error}
              what="the coverage"
              onRetry={() => void answer.refetch()}
            />
          ) : answer.data.length === 0 ? (
            <p className="text-stone-700">
              No coverage on file. Until a plan is added, {firstName}&apos;s visits are billed to
              the family.
            </p>
          ) : (
            <ul className="flex flex-col divide-y divide-stone-200 [&>li]:py-5 [&>li:first-child]:pt-0">
              {answer.data.map((coverage) => (
                <CoverageItem
                  key={coverage.id}
                  coverage={coverage}
                  plan={planOf(coverage.id)}
                  ended={coverage.effectiveTo !== null && coverage.effectiveTo < today}
                  open={open?.kind !== "add" && open?.coverageId === coverage.id ? open.kind : null}
                  start={(kind) => start({ kind, coverageId: coverage.id })}
                  formProps={formProps}
                />
              ))}
            </ul>
          )}
        </div>
      </Card>
    </div>
  );
}

type Coverage = z.infer<typeof ChildCoverageList>[number];
type PlanAction = "edit" | "end" | "authorization";

/** One plan: its card's details, its authorizations, and what billing staff do with it. */
function CoverageItem({
  coverage,
  plan,
  ended,
  open,
  start,
  formProps,
}: {
  coverage: Coverage;
  plan: ChildPlan | null;
  ended: boolean;
  open: PlanAction | null;
  start: (kind: PlanAction) => void;
  formProps: {
    childId: string;
    firstName: string;
    guardians: Guardian[];
    onDone: (message: string | null) => void;
  };
}) {
  const { childId, firstName, onDone } = formProps;
  const what = <span className="sr-only"> the {coverage.payerName} plan</span>;
  return (
    <li className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-stone-900">{coverage.payerName}</h3>
        <Badge tone={coverage.rank === "primary" ? "brand" : "neutral"}>
          {coverage.rank === "primary" ? "Primary" : "Secondary"}
        </Badge>
        <span className="text-sm text-stone-600">{PAYER_KIND_WORDS[coverage.payerKind]}</span>
        {ended ? <Badge tone="warning">Ended</Badge> : null}
      </div>
      <p className="text-stone-700">
        Member ID <span className="font-mono">{coverage.memberId}</span>
        {coverage.groupNumber ? <> · group {coverage.groupNumber}</> : null} ·{" "}
        {coverage.relationship === "self"
          ? `${firstName}'s own plan`
          : `on ${coverage.subscriberName}'s plan`}{" "}
        · from {formatCalendarDate(coverage.effectiveFrom)}
        {coverage.effectiveTo ? ` to ${formatCalendarDate(coverage.effectiveTo)}` : ""}
      </p>
      <EnteredBy plan={plan} />
      {coverage.authorizations.length === 0 ? (
        <p className="text-sm text-stone-600">No authorization on file for this plan.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {coverage.authorizations.map((auth) => (
            <AuthorizationBurnDown key={auth.id} auth={auth} payerName={coverage.payerName} />
          ))}
        </ul>
      )}
      {open === "authorization" ? (
        <AddAuthorizationForm
          childId={childId}
          coverageId={coverage.id}
          payerName={coverage.payerName}
          onDone={onDone}
        />
      ) : open === "edit" && plan ? (
        <CoverageForm {...formProps} plan={plan} home={null} />
      ) : open === "end" ? (
        <EndCoverageForm
          childId={childId}
          coverageId={coverage.id}
          payerName={coverage.payerName}
          onDone={onDone}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => start("authorization")}>
            Add an authorization
            <span className="sr-only"> from {coverage.payerName}</span>
          </Button>
          <Button variant="secondary" size="sm" disabled={!plan} onClick={() => start("edit")}>
            Edit{what}
          </Button>
          {ended ? null : (
            <Button variant="ghost" size="sm" onClick={() => start("end")}>
              End{what}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

/** Who entered the plan: one the family entered from the portal is to check against the card. */
function EnteredBy({ plan }: { plan: ChildPlan | null }) {
  if (!plan?.enteredBy?.family) return null;
  return (
    <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
      Entered by {plan.enteredBy.name} (family) from the portal. Check it against the card, then
      open Edit and save it to mark it checked.
    </p>
  );
}
