"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import type { DiagnosisKind } from "@carryover/api/contracts/diagnosis";
import { Alert, Badge, Button, Card, ConfirmButton } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext, ChartDiagnosis } from "../types";
import { DiagnosisSearch } from "./diagnosis-search.client";

const KIND_TITLES: Record<DiagnosisKind, string> = {
  treatment: "Treatment diagnoses",
  medical: "Medical diagnoses",
};

export function DiagnosesCard({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.diagnosis.list.queryOptions({ childId: chart.childId }));
  return (
    <Card
      title="Diagnoses"
      description="The first treatment diagnosis is the primary one on claims and plans of care."
    >
      {list.isPending ? (
        <ListSkeleton rows={2} label="Loading the diagnoses" />
      ) : list.isError ? (
        <QueryError error={list.error} what="the diagnoses" onRetry={() => void list.refetch()} />
      ) : (
        <div className="flex flex-col gap-5">
          {(["treatment", "medical"] as const).map((kind) => (
            <DiagnosisGroup key={kind} chart={chart} kind={kind} diagnoses={list.data[kind]} />
          ))}
          {chart.canWrite ? <DiagnosisSearch childId={chart.childId} /> : null}
        </div>
      )}
    </Card>
  );
}

function DiagnosisGroup({
  chart,
  kind,
  diagnoses,
}: {
  chart: ChartContext;
  kind: DiagnosisKind;
  diagnoses: ChartDiagnosis[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId, diagnoses]);
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.diagnosis.list.queryKey({ childId: chart.childId }),
    });
  const reorder = useMutation(trpc.diagnosis.reorder.mutationOptions());
  const remove = useMutation(trpc.diagnosis.remove.mutationOptions({ onSettled: refresh }));

  async function move(index: number, by: -1 | 1) {
    const ids = diagnoses.map((d) => d.id);
    const [moved] = ids.splice(index, 1);
    if (!moved || reorder.isPending) return;
    ids.splice(index + by, 0, moved);
    setProblem(null);
    try {
      await reorder.mutateAsync({ childId: chart.childId, kind, diagnosisIds: ids });
      await refresh();
    } catch (error) {
      setProblem(describeError(error).message);
    }
    // Keep the keyboard on the moved diagnosis, even when it reached an end of the list.
    const at = ids.indexOf(moved);
    setFocusId(`move-${moved}-${(by === -1 && at > 0) || at === ids.length - 1 ? "up" : "down"}`);
  }

  return (
    <section aria-labelledby={`diagnoses-${kind}`} className="flex flex-col gap-2">
      <h3 id={`diagnoses-${kind}`} className="font-semibold text-stone-900">
        {KIND_TITLES[kind]}
      </h3>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {diagnoses.length === 0 ? (
        <p className="text-stone-600">None recorded.</p>
      ) : (
        <ol className="flex flex-col divide-y divide-stone-200">
          {diagnoses.map((diagnosis, index) => (
            <li key={diagnosis.id} className="flex flex-wrap items-center gap-2 py-2">
              <p className="min-w-0 flex-1">
                <span className="font-mono font-semibold">{diagnosis.code}</span>{" "}
                {diagnosis.description}
                {kind === "treatment" && index === 0 ? (
                  <Badge tone="brand" className="ml-2">
                    Primary
                  </Badge>
                ) : null}
              </p>
              {chart.canWrite ? (
                <span className="flex gap-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    id={`move-${diagnosis.id}-up`}
                    disabled={index === 0}
                    onClick={() => void move(index, -1)}
                    aria-label={`Move ${diagnosis.code} up`}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    id={`move-${diagnosis.id}-down`}
                    disabled={index === diagnoses.length - 1}
                    onClick={() => void move(index, 1)}
                    aria-label={`Move ${diagnosis.code} down`}
                  >
                    ↓
                  </Button>
                  <ConfirmButton
                    size="sm"
                    title={`Remove ${diagnosis.code} ${diagnosis.description}?`}
                    description="It leaves the chart; plans of care already sent keep what they said."
                    confirmLabel="Remove"
                    onConfirm={() =>
                      remove
                        .mutateAsync({ childId: chart.childId, diagnosisId: diagnosis.id })
                        .then(() => undefined)
                    }
                  >
                    Remove<span className="sr-only"> {diagnosis.code}</span>
                  </ConfirmButton>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
