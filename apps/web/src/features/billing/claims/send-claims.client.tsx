"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Alert, Button } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";

/**
 * Sends a payer's ready claims in one 837P batch; the claims are checked again first, and a claim
 * that fails stops the batch, naming what to fix.
 */
export function SendClaims({
  payerId,
  payerName,
  claimIds,
}: {
  payerId: string;
  payerName: string;
  claimIds: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const send = useMutation(trpc.claimBatch.create.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);

  async function sendAll() {
    setProblem(null);
    try {
      const sent = await send.mutateAsync({ payerId, claimIds });
      // The page names the batch sent, with its file, once the claims have left this list.
      router.push(`/admin/billing?sent=${sent.id}`);
    } catch (error) {
      setProblem(describeError(error).message);
      router.refresh();
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div>
        <Button onClick={() => void sendAll()} disabled={send.isPending}>
          {send.isPending ? "Sending…" : `Send ${plural(claimIds.length, "claim")} to ${payerName}`}
        </Button>
      </div>
    </div>
  );
}

/** Runs every check again on the clinic's open claims (or one claim), after a fix elsewhere. */
export function CheckClaimsAgain({ claimId, label }: { claimId?: string; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const check = useMutation(trpc.claim.scrub.mutationOptions());
  const [result, setResult] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run() {
    setProblem(null);
    try {
      const done = await check.mutateAsync(claimId ? { claimIds: [claimId] } : undefined);
      setResult(
        claimId
          ? done.ready === 1
            ? "Checked: this claim passes every check."
            : "Checked: it still needs the fixes below."
          : `Checked ${plural(done.scrubbed, "claim")}: ${done.ready} ready, ${done.draft} to fix.`,
      );
      router.refresh();
    } catch (error) {
      setProblem(describeError(error).message);
    }
  }

  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="secondary" onClick={() => void run()} disabled={check.isPending}>
        {check.isPending ? "Checking…" : label}
      </Button>
      <p role="status" className="text-sm text-stone-700">
        {result}
      </p>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}
