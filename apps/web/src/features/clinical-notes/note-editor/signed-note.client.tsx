"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { AddendumInput, type NoteView } from "@carryover/api/contracts/note";
import type { VisitMinutes } from "@carryover/domain/clinical-notes";
import { Alert, Badge, Button, Card, CheckboxField } from "@carryover/ui";

import { checkForm } from "~/lib/form-errors";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { formatDateTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { minutesDraftOf, minutesInWords, minutesOfDraft } from "./addendum-minutes";
import { AddendumMinutes } from "./addendum-minutes.client";
import { TEXTAREA } from "./labels";

/** Who signed, when, the co-signature it waits for, and the addenda kept below the original. */
export function SignatureAndAddenda({
  note,
  timeZone,
  canAmend,
}: {
  note: NoteView;
  timeZone: string;
  canAmend: boolean;
}) {
  const cycle = useHourCycle();
  const at = (date: Date) => formatDateTime(date, timeZone, cycle);
  return (
    <>
      <Card title="Signature" titleAs="h2">
        {note.signature ? (
          <p className="text-stone-900">
            Signed by <strong>{note.signature.signedByName}</strong> on{" "}
            {at(note.signature.signedAt)}.{" "}
            <span className="text-stone-700">“{note.signature.attestation}”</span>
          </p>
        ) : null}
        {note.cosignature ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-stone-900">
            {note.cosignature.cosignedAt ? (
              // One flex item, so the row's gap does not space out the sentence.
              <span>
                Co-signed by <strong>{note.cosignature.cosignerName}</strong> on{" "}
                {at(note.cosignature.cosignedAt)}.
              </span>
            ) : (
              <Badge tone="warning">
                Awaiting co-signature by {note.cosignature.cosignerName ?? "the supervising OT"}
              </Badge>
            )}
            {note.canCosign ? <Cosign noteId={note.id} /> : null}
          </p>
        ) : null}
      </Card>
      <Card
        title="Addenda"
        titleAs="h2"
        description="Added after signing; the original stays as signed."
      >
        {note.addenda.length === 0 ? <p className="text-stone-700">No addenda.</p> : null}
        <ol className="flex flex-col gap-3">
          {note.addenda.map((a) => (
            <li key={a.id} className="rounded-lg border border-stone-200 p-3">
              <p className="text-sm text-stone-700">
                {a.authorName}, {at(a.createdAt)} — <em>{a.reason}</em>
              </p>
              <p className="mt-1 whitespace-pre-wrap text-stone-900">{a.body}</p>
              {a.minutes ? (
                <p className="mt-1 text-sm text-stone-700">
                  Minutes corrected: {minutesInWords(a.minutes)}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {canAmend ? (
          <AddendumForm
            noteId={note.id}
            minutes={note.kind === "visit" ? note.content.minutes : null}
          />
        ) : null}
      </Card>
    </>
  );
}

function Cosign({ noteId }: { noteId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cosign = useMutation(
    trpc.note.cosign.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.note.get.queryFilter({ noteId })),
    }),
  );
  return (
    <>
      <Button
        type="button"
        size="sm"
        busy={cosign.isPending}
        onClick={() => cosign.mutate({ noteId })}
      >
        Co-sign
      </Button>
      {cosign.error ? <span role="alert">{describeError(cosign.error).message}</span> : null}
    </>
  );
}

function AddendumForm({ noteId, minutes }: { noteId: string; minutes: VisitMinutes | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [body, setBody] = useState("");
  const [correcting, setCorrecting] = useState(false);
  const [minutesDraft, setMinutesDraft] = useState(minutes ? minutesDraftOf(minutes) : {});
  const [recoded, setRecoded] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useMutation(trpc.note.addendum.mutationOptions());
  if (!open)
    return (
      <>
        {recoded ? (
          <p role="status" className="mt-3 text-stone-800">
            {recoded}
          </p>
        ) : null}
        <Button type="button" variant="secondary" className="mt-4" onClick={() => setOpen(true)}>
          Add an addendum
        </Button>
      </>
    );
  const submit = () => {
    const checked = checkForm(AddendumInput, {
      noteId,
      reason,
      body,
      ...(correcting && { minutes: minutesOfDraft(minutesDraft) }),
    });
    if (!checked.ok) return setErrors(checked.fieldErrors);
    setErrors({});
    add.mutate(checked.value, {
      onSuccess: (added) => {
        setOpen(false);
        setReason("");
        setBody("");
        setCorrecting(false);
        setRecoded(recodedInWords(added.recoded));
        void queryClient.invalidateQueries(trpc.note.get.queryFilter({ noteId }));
      },
    });
  };
  const field = (id: "reason" | "body", label: string, value: string, set: (v: string) => void) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`addendum-${id}`} className="font-medium text-stone-900">
        {label}
      </label>
      <textarea
        id={`addendum-${id}`}
        rows={id === "reason" ? 1 : 4}
        value={value}
        aria-invalid={errors[id] ? true : undefined}
        aria-describedby={errors[id] ? `addendum-${id}-error` : undefined}
        onChange={(e) => set(e.target.value)}
        className={TEXTAREA}
      />
      {errors[id] ? (
        <p id={`addendum-${id}-error`} className="text-sm font-medium text-red-700">
          {errors[id]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form
      className="mt-4 flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 className="font-semibold text-stone-900">New addendum</h3>
      {field("reason", "Why you are adding to the note", reason, setReason)}
      {field("body", "Addendum", body, setBody)}
      {minutes ? (
        <CheckboxField
          label="Correct the visit's minutes"
          hint="The visit's charges are coded again from the minutes you enter."
          checked={correcting}
          onChange={(event) => setCorrecting(event.target.checked)}
        />
      ) : null}
      {correcting ? (
        <AddendumMinutes draft={minutesDraft} onChange={setMinutesDraft} errors={errors} />
      ) : null}
      {add.error ? <Alert tone="error">{describeError(add.error).message}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" busy={add.isPending}>
          Add the addendum
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** What re-coding changed, in words, or null when the addendum corrected no minutes. */
function recodedInWords(
  changes: { code: string; unitsBefore: number; unitsAfter: number }[] | null,
): string | null {
  if (changes === null) return null;
  if (changes.length === 0) return "Minutes corrected: the charges stay as they were.";
  return `Minutes corrected, the charges coded again: ${changes
    .map((c) => `${c.code} ${c.unitsBefore} → ${c.unitsAfter} units`)
    .join(", ")}.`;
}
