"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** Takes a denial off the work list once it is corrected, appealed or written off. */
export function MarkWorked({
  remittanceClaimId,
  controlNumber,
}: {
  remittanceClaimId: string;
  controlNumber: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const markWorked = useMutation(trpc.era.markDenialWorked.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);

  async function done() {
    setProblem(null);
    try {
      await markWorked.mutateAsync({ remittanceClaimId });
      await queryClient.invalidateQueries({ queryKey: trpc.era.denials.pathKey() });
    } catch (error) {
      setProblem(describeError(error).message);
    }
    router.refresh();
  }

  return (
    <div className="flex shrink-0 flex-col items-start gap-2 sm:items-end">
      <Button variant="secondary" onClick={() => void done()} busy={markWorked.isPending}>
        Done<span className="sr-only"> with {controlNumber}</span>
      </Button>
      {problem ? (
        <p role="alert" className="max-w-xs text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
