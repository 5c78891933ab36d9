"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import type { FamilyPlan } from "@carryover/api/contracts/coverage";
import { Alert, Badge, Button } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { FamilyCardForm } from "./family-card-form.client";

const WHOSE: Record<FamilyPlan["whose"], (plan: FamilyPlan, firstName: string) => string> = {
  child: (_, firstName) => `${firstName}'s own plan`,
  mine: () => "Your plan",
  other_guardian: (plan) => `${plan.subscriberName}'s plan`,
};

/** Moves focus to a message as it appears: the form that was focused is gone once saved. */
const focusOnShow = (element: HTMLDivElement | null) => element?.focus();

/** One child's insurance cards on file, and a form to add or update one. */
export function ChildInsurance({ childId, firstName }: { childId: string; firstName: string }) {
  const trpc = useTRPC();
  const coverage = useQuery(trpc.coverage.listForFamily.queryOptions({ childId }));
  /** "new", or the id of the plan being updated. */
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const start = (which: string) => {
    setSaved(null);
    setOpen(which);
  };
  const done = (message: string | null) => {
    setOpen(null);
    setSaved(message);
  };
  if (coverage.isPending)
    return <p className="text-stone-600">Loading {firstName}&apos;s cards…</p>;
  if (coverage.isError)
    return (
      <QueryError
        error={coverage.error}
        what={`${firstName}'s insurance`}
        onRetry={() => void coverage.refetch()}
      />
    );
  const { plans, payers } = coverage.data;
  const formProps = { childId, firstName, payers, onDone: done, home: plans[0] ?? null };
  return (
    <div className="flex flex-col gap-4">
      {saved ? (
        <div ref={focusOnShow} tabIndex={-1} className="outline-none">
          <Alert tone="success">{saved}</Alert>
        </div>
      ) : null}
      {plans.length === 0 ? (
        <p className="text-stone-700">
          No insurance on file for {firstName}. If {firstName} has insurance, add the card so the
          clinic can bill it.
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={`${firstName}'s insurance cards`}>
          {plans.map((plan) => (
            <li key={plan.id}>
              {open === plan.id ? (
                <FamilyCardForm {...formProps} plan={plan} />
              ) : (
                <PlanOnFile plan={plan} firstName={firstName} onUpdate={() => start(plan.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {open === "new" ? (
        <FamilyCardForm {...formProps} plan={null} />
      ) : (
        <Button
          variant={plans.length === 0 ? "primary" : "secondary"}
          size="lg"
          onClick={() => start("new")}
        >
          Add an insurance card for {firstName}
        </Button>
      )}
    </div>
  );
}

function PlanOnFile({
  plan,
  firstName,
  onUpdate,
}: {
  plan: FamilyPlan;
  firstName: string;
  onUpdate: () => void;
}) {
  return (
    <article
      aria-label={plan.payerName}
      className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-stone-50 p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-lg font-semibold text-stone-900">{plan.payerName}</h3>
        <Badge tone={plan.rank === "primary" ? "brand" : "neutral"}>
          {plan.rank === "primary" ? "Main insurance" : "Second insurance"}
        </Badge>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-stone-800">
        <dt className="text-stone-600">Member ID</dt>
        <dd className="font-mono">{plan.memberIdEnding}</dd>
        {plan.groupNumber ? (
          <>
            <dt className="text-stone-600">Group</dt>
            <dd className="font-mono">{plan.groupNumber}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">Whose</dt>
        <dd>{WHOSE[plan.whose](plan, firstName)}</dd>
        <dt className="text-stone-600">Since</dt>
        <dd>
          {formatCalendarDate(plan.effectiveFrom)}
          {plan.effectiveTo ? `, until ${formatCalendarDate(plan.effectiveTo)}` : ""}
        </dd>
      </dl>
      <Button variant="secondary" onClick={onUpdate} className="self-start">
        Update this card<span className="sr-only"> from {plan.payerName}</span>
      </Button>
    </article>
  );
}
