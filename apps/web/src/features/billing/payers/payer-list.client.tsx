"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { Payer } from "@carryover/api/contracts/payer";
import { Alert, Badge, Button, Card, ConfirmButton } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import { PayerForm } from "./payer-form.client";
import { describeRules, PAYER_KIND_WORDS } from "./payer-words";

/** The clinic's payers, each with its rule set in words; add, change or archive one. */
export function PayerList() {
  const trpc = useTRPC();
  const payers = useQuery(trpc.payer.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const done = (message: string | null) => {
    setEditing(null);
    setSaved(message);
  };
  return (
    <Card
      title="Payers"
      description="Who the clinic bills, and the rules each one pays by. Claims coded from now on follow a change."
      actions={
        editing === "new" ? null : (
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(null);
              setEditing("new");
            }}
          >
            Add a payer
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-4">
        {saved ? <Alert tone="success">{saved}</Alert> : null}
        {editing === "new" ? <PayerForm payer={null} onDone={done} /> : null}
        {payers.isPending ? (
          <p className="text-stone-600">Loading the payers…</p>
        ) : payers.isError ? (
          <QueryError
            error={payers.error}
            what="the payers"
            onRetry={() => void payers.refetch()}
          />
        ) : (
          <ul className="flex flex-col divide-y divide-stone-200" aria-label="Payers">
            {payers.data.map((payer) => (
              <li key={payer.id} className="py-4 first:pt-0">
                {editing === payer.id ? (
                  <PayerForm payer={payer} onDone={done} />
                ) : (
                  <PayerSummary
                    payer={payer}
                    onEdit={() => {
                      setSaved(null);
                      setEditing(payer.id);
                    }}
                    onChanged={setSaved}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

function PayerSummary({
  payer,
  onEdit,
  onChanged,
}: {
  payer: Payer;
  onEdit: () => void;
  onChanged: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const archive = useMutation(trpc.payer.archive.mutationOptions());
  const restore = useMutation(trpc.payer.restore.mutationOptions());
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.payer.list.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.feeSchedule.list.queryKey() });
  };
  const address = payer.address
    ? `${payer.address.addressLine1}, ${payer.address.city}, ${payer.address.state} ${payer.address.zip}`
    : null;
  return (
    <article aria-label={payer.name} className="flex flex-col gap-2 sm:flex-row sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold text-stone-900">{payer.name}</h3>
          <Badge>{PAYER_KIND_WORDS[payer.kind]}</Badge>
          {payer.archivedAt ? <Badge tone="warning">Archived</Badge> : null}
        </div>
        <p className="text-stone-700">
          {payer.payerId ? (
            <>
              Payer ID <span className="font-mono">{payer.payerId}</span>
            </>
          ) : (
            "No payer ID"
          )}
          {address ? ` · ${address}` : null} · {plural(payer.plansInForce, "plan")} in force
        </p>
        <p className="text-stone-900">{describeRules(payer.rules).join(" · ")}</p>
      </div>
      <div className="flex shrink-0 flex-wrap items-start gap-2">
        <Button variant="secondary" size="sm" onClick={onEdit}>
          Edit<span className="sr-only"> {payer.name}</span>
        </Button>
        {payer.archivedAt ? (
          <Button
            variant="secondary"
            size="sm"
            busy={restore.isPending}
            onClick={() =>
              restore.mutate(
                { id: payer.id },
                {
                  onSuccess: () =>
                    void refresh().then(() =>
                      onChanged(`${payer.name} is billed again: new plans may name it.`),
                    ),
                },
              )
            }
          >
            Take back<span className="sr-only"> {payer.name}</span>
          </Button>
        ) : (
          <ConfirmButton
            size="sm"
            title={`Archive ${payer.name}?`}
            description="Its plans and claims stay as they are. No new plan can name it, and families no longer see it."
            confirmLabel="Archive"
            onConfirm={async () => {
              await archive.mutateAsync({ id: payer.id });
              await refresh();
              onChanged(`${payer.name} archived. "Take back" beside it undoes this.`);
            }}
          >
            Archive<span className="sr-only"> {payer.name}</span>
          </ConfirmButton>
        )}
        {restore.error ? (
          <p role="alert" className="basis-full text-red-700">
            {describeError(restore.error).message}
          </p>
        ) : null}
      </div>
    </article>
  );
}
