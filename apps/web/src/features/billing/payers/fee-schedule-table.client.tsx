"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";

import { SetFee, type FeeSchedule } from "@carryover/api/contracts/fee-schedule";
import { centsOfDollars, dollarsOfCents } from "@carryover/domain/billing";
import { Card } from "@carryover/ui";

import { checkForm } from "~/lib/form-errors";
import { QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { AddFeeCode } from "./add-fee-code.client";
import { CODE_NAMES } from "./payer-words";

type Column = { id: string | null; name: string };

/** Every code's charge, standard and by payer, each amount edited where it stands. */
export function FeeScheduleTable() {
  const trpc = useTRPC();
  const schedule = useQuery(trpc.feeSchedule.list.queryOptions());
  return (
    <Card
      title="Fee schedule"
      description="What the clinic charges per unit of each code. An empty payer amount is charged at the standard rate, shown in grey. Press Enter or leave the box to save."
    >
      {schedule.isPending ? (
        <p className="text-stone-600">Loading the fee schedule…</p>
      ) : schedule.isError ? (
        <QueryError
          error={schedule.error}
          what="the fee schedule"
          onRetry={() => void schedule.refetch()}
        />
      ) : (
        <div className="flex flex-col gap-5">
          <FeeGrid schedule={schedule.data} />
          <AddFeeCode />
        </div>
      )}
    </Card>
  );
}

function FeeGrid({ schedule }: { schedule: FeeSchedule }) {
  const columns: Column[] = [
    { id: null, name: "Standard" },
    ...schedule.payers.filter((p) => !p.archived).map(({ id, name }) => ({ id, name })),
  ];
  const centsOf = (code: string, payerId: string | null) =>
    schedule.entries.find((e) => e.code === code && e.payerId === payerId)?.cents ?? null;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Fee schedule: each code's charge per unit, by payer</caption>
        <thead className="bg-stone-50">
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-stone-50 px-3 py-2 text-sm font-medium text-stone-600"
            >
              Code
            </th>
            {columns.map((column) => (
              <th
                key={column.id ?? "standard"}
                scope="col"
                className="px-3 py-2 text-sm font-medium text-stone-600"
              >
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {schedule.codes.map((code) => (
            <tr key={code}>
              <th
                scope="row"
                className="sticky left-0 min-w-52 bg-white px-3 py-2 align-top font-normal"
              >
                <span className="block font-mono font-medium text-stone-900">{code}</span>
                <span className="block max-w-48 text-sm text-stone-600">
                  {CODE_NAMES[code] ?? ""}
                </span>
              </th>
              {columns.map((column) => (
                <td key={column.id ?? "standard"} className="px-2 py-2 align-top">
                  <FeeCell
                    code={code}
                    column={column}
                    cents={centsOf(code, column.id)}
                    standardCents={column.id === null ? null : centsOf(code, null)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const typedOf = (cents: number | null) => (cents === null ? "" : dollarsOfCents(cents));

/** A letter where a digit belongs (an O for a 0, an l for a 1) looks right and reads wrong: say so. */
function letterIn(typed: string) {
  const letter = /[A-Za-z]/.exec(typed)?.[0];
  return letter ? `“${letter}” is a letter: type the amount in digits, like 150.00` : null;
}

/** One amount: saved when Enter is pressed or focus leaves it; Escape puts back what is saved. */
function FeeCell(props: {
  code: string;
  column: Column;
  cents: number | null;
  standardCents: number | null;
}) {
  const { code, column } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.feeSchedule.set.mutationOptions());
  const [saved, setSaved] = useState(props.cents);
  const [typed, setTyped] = useState(typedOf(props.cents));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const messageId = useId();

  async function commit() {
    if (save.isPending) return;
    const cents = typed.trim() === "" ? null : (centsOfDollars(typed) ?? Number.NaN);
    if (cents === saved) return setTyped(typedOf(saved));
    const typo = Number.isNaN(cents) ? letterIn(typed) : null;
    if (typo) return setError(typo);
    const checked = checkForm(SetFee, { payerId: column.id, code, cents });
    if (!checked.ok) return setError(Object.values(checked.fieldErrors)[0] ?? null);
    try {
      await save.mutateAsync(checked.value);
      setSaved(cents);
      setTyped(typedOf(cents));
      setError(null);
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: trpc.feeSchedule.list.queryKey() });
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") void commit();
    if (event.key === "Escape") {
      setTyped(typedOf(saved));
      setError(null);
    }
  }

  return (
    <div className="flex min-w-28 flex-col gap-1">
      <div className="relative">
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-stone-500"
        >
          $
        </span>
        <input
          type="text"
          inputMode="decimal"
          aria-label={`${code}, ${column.name}, in dollars`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || done || save.isPending ? messageId : undefined}
          value={typed}
          placeholder={typedOf(props.standardCents)}
          onChange={(event) => {
            setTyped(event.target.value);
            setDone(false);
          }}
          onBlur={() => void commit()}
          onKeyDown={onKeyDown}
          className={`block min-h-11 w-full rounded-lg border bg-white py-2 pr-2 pl-6 text-right text-stone-900 tabular-nums placeholder:text-stone-400 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden ${error ? "border-red-700" : "border-stone-400"}`}
        />
      </div>
      {error ? (
        <p id={messageId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : save.isPending || done ? (
        <p id={messageId} role="status" className="text-sm text-green-800">
          {save.isPending ? "Saving…" : "Saved"}
        </p>
      ) : null}
    </div>
  );
}
