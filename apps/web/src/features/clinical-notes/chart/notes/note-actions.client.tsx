"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Alert, Button, ConfirmButton } from "@carryover/ui";

import { longDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";

/** New evaluation, re-evaluation, progress report or discharge summary: each opens the note it creates. */
export function NoteActions({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [dischargeOn, setDischargeOn] = useState(chart.today);
  const evaluation = useMutation(trpc.evaluation.create.mutationOptions());
  const report = useMutation(trpc.progressReport.draft.mutationOptions());
  const discharge = useMutation(trpc.dischargeSummary.draft.mutationOptions());
  const busy = evaluation.isPending || report.isPending || discharge.isPending;

  async function open(create: () => Promise<{ noteId: string }>) {
    setProblem(null);
    try {
      const { noteId } = await create();
      router.push(`/notes/${noteId}`);
    } catch (error) {
      setProblem(describeError(error).message);
      throw error;
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={busy}
          onClick={() =>
            void open(() =>
              evaluation.mutateAsync({
                childId: chart.childId,
                kind: "evaluation",
                serviceOn: chart.today,
              }),
            ).catch(() => undefined)
          }
        >
          New evaluation
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() =>
            void open(() =>
              evaluation.mutateAsync({
                childId: chart.childId,
                kind: "reevaluation",
                serviceOn: chart.today,
              }),
            ).catch(() => undefined)
          }
        >
          New re-evaluation
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() =>
            void open(() => report.mutateAsync({ childId: chart.childId })).catch(() => undefined)
          }
        >
          Write progress report
        </Button>
        <ConfirmButton
          disabled={busy}
          title={`Discharge ${chart.firstName}?`}
          description={
            <span className="flex flex-col gap-2">
              <span>This drafts the discharge summary; sign it to close the episode of care.</span>
              <label className="flex flex-col gap-1 font-medium text-stone-900">
                Discharge date
                <input
                  type="date"
                  value={dischargeOn}
                  onChange={(event) => setDischargeOn(event.target.value)}
                  className="min-h-11 rounded-lg border border-stone-500 px-3"
                />
              </label>
              <span className="text-sm">{dischargeOn ? longDate(dischargeOn) : null}</span>
            </span>
          }
          confirmLabel="Draft the discharge summary"
          onConfirm={() =>
            open(() => discharge.mutateAsync({ childId: chart.childId, dischargedOn: dischargeOn }))
          }
        >
          Discharge
        </ConfirmButton>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}
