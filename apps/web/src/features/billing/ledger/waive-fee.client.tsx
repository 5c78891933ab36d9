"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { WaiveFeeInput, type LedgerEntry } from "@carryover/api/contracts/ledger";
import { Alert, Badge, Button, TextField } from "@carryover/ui";

import { Dialog } from "~/lib/dialog.client";
import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { formatCents } from "~/lib/money";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { entryWords, standingWords } from "./entry-words";

/**
 * Beside a late-cancellation or no-show fee on a child's account: "Waive", which asks for the
 * reason first; once waived, says so.
 */
export function FeeWaiver({
  childId,
  entry,
  waived,
}: {
  childId: string;
  entry: LedgerEntry;
  waived: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {waived ? (
        <Badge className="mt-1">Waived</Badge>
      ) : (
        <Button
          variant="secondary"
          size="sm"
          className="mt-1"
          aria-haspopup="dialog"
          aria-label={`Waive the ${formatCents(entry.cents)} fee`}
          onClick={() => setOpen(true)}
        >
          Waive
        </Button>
      )}
      {/* Kept open once the fee shows as waived, to say what the waiver did. */}
      {open ? (
        <WaiveFeeDialog childId={childId} entry={entry} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

const fieldOf = (path: string) => (path === "reason" ? path : null);

function WaiveFeeDialog({
  childId,
  entry,
  onClose,
}: {
  childId: string;
  entry: LedgerEntry;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const waive = useMutation(trpc.ledger.waiveFee.mutationOptions());
  const form = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const amount = formatCents(entry.cents);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const checked = checkForm(WaiveFeeInput, { childId, entryId: entry.id, reason });
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, fieldOf);
      setReasonError(placed.errors.reason);
      setProblem(placed.unplaced[0] ?? null);
      return focusFirstInvalid(form.current);
    }
    try {
      const posted = await waive.mutateAsync(checked.value);
      setDone(`Waived the ${amount} fee. ${standingWords("family", posted.balances.family)}`);
      await queryClient.invalidateQueries({ queryKey: trpc.ledger.child.queryKey({ childId }) });
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setReasonError(placed.errors.reason);
      setProblem(placed.problem);
      focusFirstInvalid(form.current);
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      busy={waive.isPending}
      title="Waive this fee?"
      description={`${entryWords(entry)}: ${amount}. It comes off the family's balance; the fee stays on the account with its waiver beside it.`}
    >
      {done ? (
        <div className="flex flex-col gap-4">
          <Alert tone="success">{done}</Alert>
          <div>
            <Button type="button" onClick={onClose}>
              Close
            </Button>
          </div>
        </div>
      ) : (
        <form
          ref={form}
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label="Waive the fee"
          className="flex flex-col gap-4"
        >
          {problem ? <Alert tone="error">{problem}</Alert> : null}
          <TextField
            label="Reason"
            name="reason"
            required
            maxLength={500}
            hint="For the next person who reads this account, for example: first late cancellation this year."
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(undefined);
            }}
            error={reasonError}
          />
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={onClose} disabled={waive.isPending}>
              Keep the fee
            </Button>
            <Button type="submit" busy={waive.isPending}>
              Waive the {amount} fee
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
