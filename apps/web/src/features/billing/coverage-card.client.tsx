"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import type { AuthorizationStanding } from "@carryover/api/contracts/authorization";
import { Alert, Badge, Button, Card } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import { AddAuthorizationForm } from "./add-authorization-form.client";

const PAYER_KINDS = {
  medicaid: "Medicaid",
  commercial: "Commercial plan",
  medicare: "Medicare",
  self_pay: "Self-pay",
} as const;

/** Who pays for a child's visits, and where each authorization stands: for billing staff. */
export function CoverageCard({ childId, firstName }: { childId: string; firstName: string }) {
  const trpc = useTRPC();
  const answer = useQuery(trpc.authorization.list.queryOptions({ childId }));
  const [adding, setAdding] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div id="coverage" className="scroll-mt-20">
      <Card
        title="Coverage and authorizations"
        description={`Who pays for ${firstName}'s visits, and how many the payer has approved.`}
      >
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
            No coverage on file. Until a plan is added, {firstName}&apos;s visits are billed to the
            family.
          </p>
        ) : (
          <ul className="flex flex-col gap-5">
            {saved ? (
              <li>
                <Alert tone="success">{saved}</Alert>
              </li>
            ) : null}
            {answer.data.map((coverage) => (
              <li key={coverage.id} className="flex flex-col gap-3">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-semibold text-stone-900">{coverage.payerName}</h3>
                  <Badge tone={coverage.rank === "primary" ? "brand" : "neutral"}>
                    {coverage.rank === "primary" ? "Primary" : "Secondary"}
                  </Badge>
                  <span className="text-sm text-stone-600">{PAYER_KINDS[coverage.payerKind]}</span>
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
                {coverage.authorizations.length === 0 ? (
                  <p className="text-sm text-stone-600">No authorization on file for this plan.</p>
                ) : (
                  <ul className="flex flex-col gap-3">
                    {coverage.authorizations.map((auth) => (
                      <AuthorizationBurnDown
                        key={auth.id}
                        auth={auth}
                        payerName={coverage.payerName}
                      />
                    ))}
                  </ul>
                )}
                {adding === coverage.id ? (
                  <AddAuthorizationForm
                    childId={childId}
                    coverageId={coverage.id}
                    payerName={coverage.payerName}
                    onDone={(message) => {
                      setAdding(null);
                      setSaved(message);
                    }}
                  />
                ) : (
                  <div>
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => {
                        setSaved(null);
                        setAdding(coverage.id);
                      }}
                    >
                      Add an authorization
                      <span className="sr-only"> from {coverage.payerName}</span>
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

const inDays = (days: number) =>
  days === 0 ? "today" : days > 0 ? `in ${plural(days, "day")}` : `${plural(-days, "day")} ago`;

function AuthorizationBurnDown({
  auth,
  payerName,
}: {
  auth: AuthorizationStanding;
  payerName: string;
}) {
  const unit = auth.counts === "visits" ? "visit" : "unit";
  const share = (n: number) => `${auth.approved === 0 ? 0 : (n / auth.approved) * 100}%`;
  const ended = auth.daysLeft < 0;
  return (
    <li className="rounded-lg border border-stone-200 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-stone-900">
          {plural(auth.approved, unit)}, {formatCalendarDate(auth.startsOn)} to{" "}
          {formatCalendarDate(auth.endsOn)}
          {auth.codes ? ` (${auth.codes.join(", ")})` : ""}
        </p>
        {auth.warn ? (
          <Badge tone={ended ? "danger" : "warning"}>{ended ? "Ended" : "Renew soon"}</Badge>
        ) : null}
      </div>
      {auth.reference ? <p className="text-sm text-stone-600">Reference {auth.reference}</p> : null}
      <div
        className="mt-3 flex h-3 overflow-hidden rounded-full bg-stone-100"
        role="img"
        aria-label={`${auth.used} used, ${auth.scheduled} booked, ${auth.leftAfterBooked} left of ${auth.approved}`}
      >
        <span
          className="bg-brand-600"
          style={{ width: share(Math.min(auth.used, auth.approved)) }}
        />
        <span className="bg-brand-300" style={{ width: share(auth.scheduled) }} />
      </div>
      <p className="mt-2 text-stone-700">
        {auth.used} used · {auth.scheduled} booked · {plural(auth.leftAfterBooked, unit)} left
      </p>
      <p className="text-stone-700">
        {auth.runsOutBy === "exhausted"
          ? `At the booked pace the last ${unit} is used on ${formatCalendarDate(auth.runsOutOn)} (${inDays(auth.daysLeft)}).`
          : `${ended ? "Ended" : "Ends"} ${formatCalendarDate(auth.endsOn)} (${inDays(auth.daysLeft)}).`}
      </p>
      {auth.warn && !ended ? (
        <p className="mt-1 text-amber-900">
          Ask {payerName} for a new authorization before {formatCalendarDate(auth.runsOutOn)}.
        </p>
      ) : null}
      {!ended && auth.uncovered.length > 0 ? (
        <p className="mt-1 text-red-800">
          Booked sessions it will not pay for:{" "}
          {auth.uncovered
            .slice(0, 6)
            .map((u) => formatCalendarDate(u.on))
            .join(", ")}
          {auth.uncovered.length > 6 ? `, and ${auth.uncovered.length - 6} more` : ""}.
        </p>
      ) : null}
    </li>
  );
}
