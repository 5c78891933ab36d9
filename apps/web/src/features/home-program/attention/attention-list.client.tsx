"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";

import { Alert, Badge, Card, ConfirmButton, EmptyState } from "@carryover/ui";

import { describeApplyConfirmation } from "~/features/home-program/progression-words";
import type { Caseload } from "~/features/home-program/types";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { applyLabel, describeConcerns, describeSuggestion, REASON_BADGES } from "./attention-words";

type Child = Caseload["needsAttention"][number];

export function AttentionList() {
  const trpc = useTRPC();
  const caseload = useQuery(trpc.progression.caseload.queryOptions());
  const [applied, setApplied] = useState<string | null>(null);
  if (caseload.isPending) return <ListSkeleton label="Loading the children needing attention" />;
  if (caseload.isError)
    return (
      <QueryError
        error={caseload.error}
        what="the children needing attention"
        onRetry={() => void caseload.refetch()}
      />
    );
  const { needsAttention, onTrack, withoutProgram } = caseload.data;
  return (
    <Card
      title="Needs your attention"
      description={
        needsAttention.length === 0
          ? undefined
          : "Most pressing first: decisions waiting on you, low practice this week, programs to review, check-ins."
      }
    >
      {applied ? (
        <Alert tone="success" title={applied} className="mb-4">
          <p>The family sees the change on their phone now.</p>
        </Alert>
      ) : null}
      {needsAttention.length === 0 ? (
        <EmptyState
          title="Nothing needs you right now"
          description={
            onTrack.length > 0
              ? "Every family is practising and no decision is waiting. New suggestions appear here as families log practice."
              : "When children on your caseload have home programs, the ones needing a decision or a nudge appear here."
          }
        />
      ) : (
        <ol className="divide-y divide-stone-200" aria-label="Children needing attention">
          {needsAttention.map((child) => (
            <AttentionRow key={child.childId} child={child} onApplied={setApplied} />
          ))}
        </ol>
      )}
      {onTrack.length > 0 || withoutProgram.length > 0 ? (
        <p className="mt-4 text-sm text-stone-600">
          {onTrack.length > 0 ? `On track: ${onTrack.map((c) => c.firstName).join(", ")}. ` : ""}
          {withoutProgram.length > 0
            ? `No home program yet: ${withoutProgram.map((c) => c.firstName).join(", ")}.`
            : ""}
        </p>
      ) : null}
    </Card>
  );
}

function AttentionRow({ child, onApplied }: { child: Child; onApplied: (words: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const apply = useMutation(
    trpc.progression.accept.mutationOptions({
      onSuccess: (_result, variables) => {
        const suggestion = child.suggestions.find((s) => s.activityId === variables.activityId);
        setError(null);
        onApplied(
          suggestion
            ? `${child.firstName}: ${applyLabel(suggestion).toLowerCase()} applied. To take it back, use Undo in the program's history.`
            : "Applied.",
        );
        void queryClient.invalidateQueries({ queryKey: trpc.progression.caseload.queryKey() });
        void queryClient.invalidateQueries({
          queryKey: trpc.progression.get.queryKey({ childId: child.childId }),
        });
        void queryClient.invalidateQueries({
          queryKey: trpc.program.get.queryKey({ childId: child.childId }),
        });
      },
      onError: (e) => {
        setError(describeError(e).message);
        void queryClient.invalidateQueries({ queryKey: trpc.progression.caseload.queryKey() });
      },
    }),
  );
  const concerns = describeConcerns(child);
  return (
    <li className="flex flex-col gap-2 py-4" aria-label={`${child.firstName} ${child.lastName}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/children/${child.childId}/progress`}
          className="text-base font-semibold text-brand-800 underline-offset-4 hover:underline"
        >
          {child.firstName} {child.lastName}
        </Link>
        {child.reasons.map((reason) => (
          <Badge key={reason} tone={REASON_BADGES[reason].tone}>
            {REASON_BADGES[reason].label}
          </Badge>
        ))}
      </div>
      {child.suggestions.map((s) => (
        <div
          key={s.activityId}
          className="flex flex-col gap-2 rounded-lg bg-brand-50 p-3 sm:flex-row sm:items-center sm:justify-between"
        >
          <div>
            <p className="font-medium text-stone-900">{describeSuggestion(s)}</p>
            <p className="text-sm text-stone-700">{s.reason}</p>
          </div>
          <ConfirmButton
            size="sm"
            variant="primary"
            tone="primary"
            className="shrink-0"
            title={`${applyLabel(s)} for ${child.firstName}?`}
            description={describeApplyConfirmation(s, s.title)}
            confirmLabel={applyLabel(s)}
            disabled={apply.isPending}
            onConfirm={() =>
              apply.mutateAsync({ activityId: s.activityId, expectedVersion: s.version }).then(
                () => undefined,
                () => undefined,
              )
            }
          >
            {applyLabel(s)}
          </ConfirmButton>
        </div>
      ))}
      {concerns.length > 0 ? (
        <ul className="list-disc pl-5 text-stone-700">
          {concerns.map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
