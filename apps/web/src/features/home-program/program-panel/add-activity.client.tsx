"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { Activity } from "@carryover/domain/home-program";
import { Button, Card } from "@carryover/ui";

import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import {
  activityFieldErrorsFrom,
  validateActivity,
} from "~/features/home-program/activity-editor/validate-activity";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { checkAddFromLibrary } from "./add-activity";
import { AddFromLibraryForm, WriteActivityForm } from "./add-activity-forms.client";

/** The therapist adds an activity from the clinic's library, or writes one for this child. */
export function AddActivity({ childId }: { childId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<"closed" | "library" | "write">("closed");
  const [templateId, setTemplateId] = useState("");
  const [draft, setDraft] = useState<Activity>(() => newActivityOf("routine_practice"));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const create = useMutation(
    trpc.activity.create.mutationOptions({
      onSuccess: () => {
        setAdded("Added. The family sees it on their day now.");
        setMode("closed");
        setTemplateId("");
        setProblem(null);
        void queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) });
      },
      onError: (error) => {
        const { message, fieldErrors: serverErrors } = describeError(error);
        setProblem(message);
        if (serverErrors) setFieldErrors(activityFieldErrorsFrom(serverErrors));
      },
    }),
  );
  const close = () => setMode("closed");
  const addFromLibrary = () => {
    const checked = checkAddFromLibrary(childId, templateId);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    create.mutate(checked.input);
  };
  const addWritten = () => {
    const checked = validateActivity(draft);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      setProblem("Some fields need a look before adding.");
      return;
    }
    setFieldErrors({});
    create.mutate({ childId, activity: checked.activity });
  };

  if (mode === "closed")
    return (
      <AddActivityChoice
        added={added}
        onLibrary={() => {
          setAdded(null);
          setMode("library");
        }}
        onWrite={() => {
          setAdded(null);
          setDraft(newActivityOf("routine_practice"));
          setFieldErrors({});
          setMode("write");
        }}
      />
    );

  return (
    <Card title={mode === "library" ? "Add from the library" : "Write a new activity"}>
      {mode === "library" ? (
        <AddFromLibraryForm
          templateId={templateId}
          onTemplateChange={setTemplateId}
          problem={problem}
          adding={create.isPending}
          onAdd={addFromLibrary}
          onCancel={close}
        />
      ) : (
        <WriteActivityForm
          draft={draft}
          onDraftChange={setDraft}
          fieldErrors={fieldErrors}
          problem={problem}
          adding={create.isPending}
          onAdd={addWritten}
          onCancel={close}
        />
      )}
    </Card>
  );
}

/** The way in: what was just added, and the two ways to add another. */
function AddActivityChoice({
  added,
  onLibrary,
  onWrite,
}: {
  added: string | null;
  onLibrary: () => void;
  onWrite: () => void;
}) {
  return (
    <div className="flex flex-col gap-2">
      {added ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-green-900">
          {added}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onLibrary}>
          Add from the library
        </Button>
        <Button type="button" variant="secondary" onClick={onWrite}>
          Write a new activity
        </Button>
      </div>
    </div>
  );
}
