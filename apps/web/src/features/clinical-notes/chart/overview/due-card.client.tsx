"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Badge, Card } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { chartTabHref } from "../chart-tabs";
import { dueWords } from "../due-words";
import type { ChartContext } from "../types";

const TONE_LABELS = { danger: "Overdue", warning: "Due", neutral: "Soon" } as const;

/** What the chart needs next: reports, signatures and notes, most urgent first. */
export function DueCard({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const due = useQuery(trpc.documentation.due.queryOptions({ childId: chart.childId }));
  const where = {
    today: chart.today,
    timeZone: chart.timeZone,
    plansHref: chartTabHref(chart.childId, "plans"),
  };
  return (
    <Card title="What is due" description={`Documentation ${chart.firstName}'s chart needs next.`}>
      {due.isPending ? (
        <ListSkeleton rows={2} label="Loading what is due" />
      ) : due.isError ? (
        <QueryError error={due.error} what="what is due" onRetry={() => void due.refetch()} />
      ) : due.data.items.length === 0 ? (
        <p className="text-stone-700">Nothing is due: the chart is up to date.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200">
          {due.data.items.map((item, index) => {
            const words = dueWords(item, where);
            return (
              <li
                key={`${item.kind}-${index}`}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
              >
                <p className="flex items-center gap-2">
                  <Badge tone={words.tone}>{TONE_LABELS[words.tone]}</Badge>
                  <span>{words.text}</span>
                </p>
                {words.action ? (
                  <Link
                    href={words.action.href}
                    className="font-medium text-brand-700 underline underline-offset-4"
                  >
                    {words.action.label}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
