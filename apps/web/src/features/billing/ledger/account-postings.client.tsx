"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";

import {
  RecordPaymentInput,
  RefundInput,
  WriteOffInput,
  type ChildLedger,
  type LedgerPosted,
} from "@carryover/api/contracts/ledger";
import { centsOfDollars, type LedgerParty } from "@carryover/domain/billing";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

import {
  checkForm,
  focusFirstInvalid,
  placeFieldErrors,
  placeRefusal,
  type FieldErrors,
} from "~/lib/form-errors";
import { formatCents } from "~/lib/money";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { paymentRecordedWords, refundedWords, writtenOffWords } from "./entry-words";

/** The desk's postings on a child's account: a payment, a refund, a write-off. */

type Action = "payment" | "refund" | "writeOff";
const ACTIONS: { action: Action; label: string }[] = [
  { action: "payment", label: "Record a payment" },
  { action: "refund", label: "Refund" },
  { action: "writeOff", label: "Write off" },
];

/** The desk's postings: each a small form opened from its button, one at a time. */
export function AccountActions({ ledger }: { ledger: ChildLedger }) {
  const [open, setOpen] = useState<Action | null>(null);
  const formId = useId();
  const close = () => setOpen(null);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {ACTIONS.map(({ action, label }) => (
          <Button
            key={action}
            variant={open === action ? "primary" : "secondary"}
            aria-expanded={open === action}
            aria-controls={open === action ? formId : undefined}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {label}
          </Button>
        ))}
      </div>
      {open === "payment" ? (
        <PaymentForm id={formId} childId={ledger.childId} onClose={close} />
      ) : open === "refund" ? (
        <RefundForm
          id={formId}
          childId={ledger.childId}
          refundable={ledger.refundableCents}
          onClose={close}
        />
      ) : open === "writeOff" ? (
        <WriteOffForm id={formId} ledger={ledger} onClose={close} />
      ) : null}
    </div>
  );
}

type Field = "cents" | "method" | "memo" | "party";
const FIELDS: readonly string[] = ["cents", "method", "memo", "party"] satisfies Field[];
const isField = (path: string): path is Field => FIELDS.includes(path);
const fieldOf = (path: string): Field | null => (isField(path) ? path : null);

type Message = { tone: "success" | "error"; text: string };
type Posted = z.infer<typeof LedgerPosted>;

/** Dollars as typed ("20", "$20.00"); anything else fails the contract's amount check. */
const centsOf = (dollars: string) => centsOfDollars(dollars) ?? Number.NaN;
const memoOf = (typed: string) => (typed.trim() === "" ? undefined : typed);

/**
 * One posting's form: checked with the server's contract, refused in the server's words on the
 * field it names, and on success the account fetched again and the form's words said.
 */
function useLedgerForm(childId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [message, setMessage] = useState<Message | null>(null);

  async function post<S extends z.ZodType>(
    form: HTMLFormElement,
    check: { schema: S; input: unknown },
    send: (value: z.output<S>) => Promise<Posted>,
    said: (value: z.output<S>, posted: Posted) => string,
  ): Promise<boolean> {
    const checked = checkForm(check.schema, check.input);
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, fieldOf);
      setErrors(placed.errors);
      setMessage(placed.unplaced[0] ? { tone: "error", text: placed.unplaced[0] } : null);
      focusFirstInvalid(form);
      return false;
    }
    try {
      const posted = await send(checked.value);
      await queryClient.invalidateQueries({ queryKey: trpc.ledger.child.queryKey({ childId }) });
      setErrors({});
      setMessage({ tone: "success", text: said(checked.value, posted) });
      return true;
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      setMessage(placed.problem ? { tone: "error", text: placed.problem } : null);
      focusFirstInvalid(form);
      return false;
    }
  }

  return { errors, message, post };
}

function PostingForm({
  id,
  title,
  message,
  busy,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: {
  id: string;
  title: string;
  message: Message | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <form
      id={id}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={title}
      className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-stone-50 p-4"
    >
      <h3 className="font-semibold text-stone-900">{title}</h3>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid items-start gap-3 sm:grid-cols-3">{children}</div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
    </form>
  );
}

function AmountField({
  value,
  onChange,
  error,
  hint,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
}) {
  return (
    <TextField
      label="Amount, in dollars"
      name="cents"
      inputMode="decimal"
      autoComplete="off"
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      hint={hint}
    />
  );
}

const EMPTY_PAYMENT = { dollars: "", method: "", memo: "" };

function PaymentForm({
  id,
  childId,
  onClose,
}: {
  id: string;
  childId: string;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const record = useMutation(trpc.ledger.recordPayment.mutationOptions());
  const { errors, message, post } = useLedgerForm(childId);
  const [draft, setDraft] = useState(EMPTY_PAYMENT);
  const set = (field: keyof typeof EMPTY_PAYMENT) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      childId,
      cents: centsOf(draft.dollars),
      method: draft.method,
      memo: memoOf(draft.memo),
    };
    const posted = await post(
      event.currentTarget,
      { schema: RecordPaymentInput, input },
      (value) => record.mutateAsync(value),
      (value, answer) => paymentRecordedWords(value.cents, answer.balances),
    );
    if (posted) setDraft(EMPTY_PAYMENT);
  }

  return (
    <PostingForm
      id={id}
      title="Record a payment"
      message={message}
      busy={record.isPending}
      submitLabel="Record the payment"
      onSubmit={submit}
      onClose={onClose}
    >
      <AmountField value={draft.dollars} onChange={set("dollars")} error={errors.cents} />
      <SelectField
        label="How the family paid"
        name="method"
        required
        value={draft.method}
        onChange={(event) => set("method")(event.target.value)}
        options={[
          { value: "", label: "Choose" },
          { value: "cash", label: "Cash" },
          { value: "check", label: "Check" },
          { value: "card_terminal", label: "Card at the desk" },
        ]}
        error={errors.method}
      />
      <TextField
        label="Note (optional)"
        name="memo"
        hint="A check number, say."
        value={draft.memo}
        onChange={(event) => set("memo")(event.target.value)}
        error={errors.memo}
      />
    </PostingForm>
  );
}

const EMPTY_REFUND = { dollars: "", memo: "" };

function RefundForm({
  id,
  childId,
  refundable,
  onClose,
}: {
  id: string;
  childId: string;
  refundable: number;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const refund = useMutation(trpc.ledger.refund.mutationOptions());
  const { errors, message, post } = useLedgerForm(childId);
  const [draft, setDraft] = useState(EMPTY_REFUND);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { childId, cents: centsOf(draft.dollars), memo: memoOf(draft.memo) };
    const posted = await post(
      event.currentTarget,
      { schema: RefundInput, input },
      (value) => refund.mutateAsync(value),
      (value, answer) => refundedWords(value.cents, answer.balances),
    );
    if (posted) setDraft(EMPTY_REFUND);
  }

  return (
    <PostingForm
      id={id}
      title="Refund the family"
      message={message}
      busy={refund.isPending}
      submitLabel="Record the refund"
      onSubmit={submit}
      onClose={onClose}
    >
      <AmountField
        value={draft.dollars}
        onChange={(dollars) => setDraft((d) => ({ ...d, dollars }))}
        error={errors.cents}
        hint={
          refundable > 0
            ? `Up to ${formatCents(refundable)}, what the family has paid.`
            : "The family has paid nothing to refund."
        }
      />
      <TextField
        label="Note (optional)"
        name="memo"
        className="sm:col-span-2"
        value={draft.memo}
        onChange={(event) => setDraft((d) => ({ ...d, memo: event.target.value }))}
        error={errors.memo}
      />
    </PostingForm>
  );
}

const EMPTY_WRITE_OFF = { party: "family" as LedgerParty, dollars: "", memo: "" };

function WriteOffForm({
  id,
  ledger,
  onClose,
}: {
  id: string;
  ledger: ChildLedger;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const writeOff = useMutation(trpc.ledger.writeOff.mutationOptions());
  const { errors, message, post } = useLedgerForm(ledger.childId);
  const [draft, setDraft] = useState(EMPTY_WRITE_OFF);
  const owes = (party: LedgerParty) => {
    const cents = ledger.balances[party];
    return cents < 0 ? `credit ${formatCents(-cents)}` : `owes ${formatCents(cents)}`;
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      childId: ledger.childId,
      party: draft.party,
      cents: centsOf(draft.dollars),
      memo: draft.memo,
    };
    const posted = await post(
      event.currentTarget,
      { schema: WriteOffInput, input },
      (value) => writeOff.mutateAsync(value),
      (value, answer) => writtenOffWords(value.party, value.cents, answer.balances),
    );
    if (posted) setDraft((d) => ({ ...EMPTY_WRITE_OFF, party: d.party }));
  }

  return (
    <PostingForm
      id={id}
      title="Write off a balance"
      message={message}
      busy={writeOff.isPending}
      submitLabel="Write it off"
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectField
        label="Whose balance"
        name="party"
        value={draft.party}
        onChange={(event) =>
          setDraft((d) => ({
            ...d,
            party: event.target.value === "insurance" ? "insurance" : "family",
          }))
        }
        options={[
          { value: "family", label: `The family's (${owes("family")})` },
          { value: "insurance", label: `Insurance's (${owes("insurance")})` },
        ]}
        error={errors.party}
      />
      <AmountField
        value={draft.dollars}
        onChange={(dollars) => setDraft((d) => ({ ...d, dollars }))}
        error={errors.cents}
      />
      <TextField
        label="Reason"
        name="memo"
        required
        hint="For the next person who reads this account."
        value={draft.memo}
        onChange={(event) => setDraft((d) => ({ ...d, memo: event.target.value }))}
        error={errors.memo}
      />
    </PostingForm>
  );
}
