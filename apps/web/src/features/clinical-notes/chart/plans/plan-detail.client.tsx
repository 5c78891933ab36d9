"use client";

import { useQuery } from "@tanstack/react-query";

import { Badge, Card, DescriptionList } from "@carryover/ui";

import { MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext, PlanView } from "../types";
import { PlanActions } from "./plan-actions.client";
import { awaitsCertification, PLAN_STATUS_BADGES } from "./plan-status";

function certificationWords(certification: PlanView["certification"]): string {
  if (!certification) return "Not certified yet";
  if (certification.method === "link")
    return `Signed by link by ${certification.physicianName} (NPI ${certification.physicianNpi}) on ${formatCalendarDate(certification.signedAt.slice(0, 10))}`;
  return `Signed copy from ${certification.physicianName}, dated ${formatCalendarDate(certification.signedCopyOn)}, recorded by hand`;
}

export function PlanDetail({ chart, planOfCareId }: { chart: ChartContext; planOfCareId: string }) {
  const trpc = useTRPC();
  const plan = useQuery(trpc.planOfCare.get.queryOptions({ planOfCareId }));
  if (plan.isPending) return <ListSkeleton rows={6} label="Loading the plan of care" />;
  if (plan.isError)
    return (
      <QueryError error={plan.error} what="the plan of care" onRetry={() => void plan.refetch()} />
    );
  const view = plan.data;
  const badge = PLAN_STATUS_BADGES[view.status];
  return (
    <Card
      titleAs="h3"
      title={`Plan of care, ${formatCalendarDate(view.startOn)} – ${formatCalendarDate(view.endOn)}`}
      actions={<Badge tone={badge.tone}>{badge.label}</Badge>}
    >
      <div className="flex flex-col gap-5">
        <DescriptionList
          items={[
            { term: "Frequency", detail: view.frequencyWords },
            {
              term: "Interventions",
              detail: view.interventions.map((i) => `${i.label} (${i.code})`).join("; "),
            },
            {
              term: "Seen",
              detail: view.modalities.map((m) => MODALITY_LABELS_FOR_STAFF[m]).join(", "),
            },
            { term: "Home program", detail: view.homeProgramSummary || "None written" },
            { term: "Certification", detail: certificationWords(view.certification) },
            ...(view.dueBy
              ? [
                  {
                    term: awaitsCertification(view.status) ? "Certify by" : "Recertify by",
                    detail: formatCalendarDate(view.dueBy),
                  },
                ]
              : []),
          ]}
        />
        <section aria-labelledby={`plan-goals-${view.id}`}>
          <h4 id={`plan-goals-${view.id}`} className="font-semibold text-stone-900">
            Goals
          </h4>
          {view.goals.length === 0 ? (
            <p className="text-stone-600">No goal attached.</p>
          ) : (
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
              {view.goals.map((goal) => (
                <li key={goal.id} className={goal.term === "short" ? "ml-4" : undefined}>
                  {goal.term === "long" ? "Long-term: " : "Short-term: "}
                  {goal.sentence}
                  {goal.state !== "active" ? ` (${goal.state})` : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        {chart.canWrite ? <PlanActions chart={chart} plan={view} /> : null}
      </div>
    </Card>
  );
}
