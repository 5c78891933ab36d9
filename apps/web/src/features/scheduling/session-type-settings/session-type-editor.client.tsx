"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import type { SessionType } from "@carryover/api/contracts/session-type";
import { Alert, Button, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  checkSessionTypeDraft,
  draftOf,
  type SessionTypeDraft,
  type SessionTypeDraftErrors,
  type SessionTypeDraftField,
} from "./session-type-draft";

const SERVER_FIELDS: Record<string, SessionTypeDraftField> = {
  durationMinutes: "durationMinutes",
  priceCents: "price",
  capacity: "capacity",
  minimumNoticeMinutes: "noticeHours",
  cancellationWindowHours: "cancellationWindowHours",
};

/** One session type's form: length, price, places, notice and cancellation window. */
export function SessionTypeEditor({
  sessionType,
  onDone,
}: {
  sessionType: SessionType;
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<SessionTypeDraft>(() => draftOf(sessionType));
  const [errors, setErrors] = useState<SessionTypeDraftErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(
    trpc.sessionType.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.sessionType.pathKey() }),
    }),
  );
  const isGroup = sessionType.kind === "group";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const checked = checkSessionTypeDraft(sessionType.id, draft);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return focusFirstInvalid(form.current);
    try {
      await save.mutateAsync(checked.input);
      onDone(`${sessionType.name} saved. Sessions already booked keep what they were booked with.`);
    } catch (error) {
      const placed = placeRefusal(describeError(error), (path) => SERVER_FIELDS[path] ?? null);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form.current);
    }
  }

  const field = (name: SessionTypeDraftField) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [name]: event.target.value })),
  });

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      aria-label={`Edit ${sessionType.name}`}
      className="mt-4 flex flex-col gap-4 border-t border-stone-200 pt-4"
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField
          label="Length (minutes)"
          type="number"
          inputMode="numeric"
          step={5}
          required
          {...field("durationMinutes")}
        />
        <TextField
          label="Price (USD)"
          inputMode="decimal"
          hint="Leave empty for no price."
          {...field("price")}
        />
        <TextField
          label="Places"
          type="number"
          inputMode="numeric"
          required
          readOnly={!isGroup}
          hint={isGroup ? "Families per group." : "An individual session has one place."}
          {...field("capacity")}
        />
        <TextField
          label="Minimum booking notice (hours)"
          inputMode="decimal"
          required
          hint="How soon before a session families may still book it."
          {...field("noticeHours")}
        />
        <TextField
          label="Cancellation window (hours)"
          type="number"
          inputMode="numeric"
          required
          hint="Cancelling later than this counts as a late cancellation."
          {...field("cancellationWindowHours")}
        />
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button
          type="button"
          variant="secondary"
          onClick={() => onDone(null)}
          disabled={save.isPending}
        >
          Cancel
        </Button>
        <Button type="submit" busy={save.isPending}>
          Save {sessionType.name}
        </Button>
      </div>
    </form>
  );
}
