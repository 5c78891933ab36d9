"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Badge, Button, Card, EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { PlanDetail } from "./plan-detail.client";
import { PlanForm } from "./plan-form.client";
import { newestFirst, PLAN_STATUS_BADGES } from "./plan-status";

export function PlansTab({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const plans = useQuery(trpc.planOfCare.list.queryOptions({ childId: chart.childId }));
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  if (plans.isPending) return <ListSkeleton rows={3} label="Loading the plans of care" />;
  if (plans.isError)
    return (
      <QueryError
        error={plans.error}
        what="the plans of care"
        onRetry={() => void plans.refetch()}
      />
    );
  const list = newestFirst(plans.data);
  const shown = openId ?? list[0]?.id ?? null;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold text-stone-900">Plans of care</h2>
        {chart.canWrite && !creating ? (
          <Button onClick={() => setCreating(true)}>New plan of care</Button>
        ) : null}
      </div>
      {creating ? (
        <Card title="New plan of care" titleAs="h3">
          <PlanForm
            chart={chart}
            onDone={(planId) => {
              setCreating(false);
              if (planId) setOpenId(planId);
            }}
          />
        </Card>
      ) : null}
      {list.length === 0 ? (
        <EmptyState
          title="No plan of care yet"
          description="Write one after the evaluation and send it to the referring physician to certify."
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <ul aria-label="Plans of care" className="flex flex-col gap-2">
            {list.map((plan) => {
              const badge = PLAN_STATUS_BADGES[plan.status];
              return (
                <li key={plan.id}>
                  <button
                    type="button"
                    aria-current={plan.id === shown ? "true" : undefined}
                    onClick={() => setOpenId(plan.id)}
                    className="flex w-full flex-col items-start gap-1 rounded-lg border border-stone-300 bg-white p-3 text-left hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden aria-[current]:border-brand-700 aria-[current]:ring-1 aria-[current]:ring-brand-700"
                  >
                    <span className="font-medium">
                      {formatCalendarDate(plan.startOn)} – {formatCalendarDate(plan.endOn)}
                    </span>
                    <Badge tone={badge.tone}>{badge.label}</Badge>
                  </button>
                </li>
              );
            })}
          </ul>
          {shown ? <PlanDetail key={shown} chart={chart} planOfCareId={shown} /> : null}
        </div>
      )}
    </div>
  );
}
