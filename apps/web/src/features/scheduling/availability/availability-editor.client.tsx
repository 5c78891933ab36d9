"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useReducer, useRef, type FormEvent } from "react";

import { Alert, textLinkClasses } from "@carryover/ui";

import { focusFirstInvalid } from "~/lib/form-errors";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { calendarDateIn, zoneInWords } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { findDraftErrors } from "./availability-checks";
import { hoursOf, type AvailabilityHours } from "./availability-draft";
import {
  availabilityEditorReducer,
  initialAvailabilityEditorState,
  isDirty,
} from "./availability-editor-state";
import { DatesThatDiffer } from "./dates-that-differ.client";
import { SaveBar } from "./save-bar.client";
import { WeeklyHours } from "./weekly-hours.client";

export function AvailabilityEditor({ therapistId }: { therapistId: string }) {
  const trpc = useTRPC();
  const availability = useQuery(trpc.availability.get.queryOptions({ therapistId }));
  if (availability.isPending) return <ListSkeleton rows={7} label="Loading your hours…" />;
  if (availability.isError)
    return (
      <QueryError
        error={availability.error}
        what="your hours"
        onRetry={() => void availability.refetch()}
      />
    );
  return <Editor therapistId={therapistId} initial={availability.data} />;
}

/** The browser asks before leaving a page with unsaved hours. */
function useWarnBeforeLeaving(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
}

function Editor({
  therapistId,
  initial,
}: {
  therapistId: string;
  initial: AvailabilityHours & { timeZone: string };
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch] = useReducer(
    availabilityEditorReducer,
    initial,
    initialAvailabilityEditorState,
  );
  const today = calendarDateIn(initial.timeZone, new Date());
  const dirty = isDirty(state);
  useWarnBeforeLeaving(dirty);

  const update = useMutation(trpc.availability.update.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    dispatch({ type: "saveRequested" });
    if (findDraftErrors(state.draft).size > 0) return focusFirstInvalid(form.current);
    const hours = hoursOf(state.draft);
    update.mutate(
      { therapistId, ...hours },
      {
        onSuccess: () => {
          dispatch({ type: "saved", hours });
          void queryClient.invalidateQueries({ queryKey: trpc.availability.get.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
        },
        onError: (error) => {
          const { fieldErrors, message } = describeError(error);
          dispatch(
            fieldErrors ? { type: "saveRefused", fieldErrors } : { type: "saveFailed", message },
          );
          if (fieldErrors) focusFirstInvalid(form.current);
        },
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex max-w-4xl flex-col gap-6">
      <p className="text-stone-700">
        Times are in {zoneInWords(initial.timeZone, new Date())}.{" "}
        <Link href="/therapist/calendar" className={textLinkClasses}>
          See them on your calendar
        </Link>
        .
      </p>
      <div aria-live="polite">
        {state.success ? <Alert tone="success">{state.success}</Alert> : null}
      </div>
      {state.problem ? <Alert tone="error">{state.problem}</Alert> : null}

      <WeeklyHours weekly={state.draft.weekly} errors={state.errors} dispatch={dispatch} />
      <DatesThatDiffer state={state} today={today} dispatch={dispatch} />
      <SaveBar
        dirty={dirty}
        saving={update.isPending}
        onUndo={() => dispatch({ type: "undone" })}
      />
    </form>
  );
}
