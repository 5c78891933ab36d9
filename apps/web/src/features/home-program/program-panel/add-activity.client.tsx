"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

import { ACTIVITY_KINDS, type Activity, type ActivityKind } from "@carryover/domain/home-program";
import { Alert, Button, Card, SelectField } from "@carryover/ui";

import { ActivityEditor } from "~/features/home-program/activity-editor/activity-editor.client";
import { KIND_LABELS } from "~/features/home-program/activity-editor/labels";
import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import {
  activityFieldErrorsFrom,
  validateActivity,
} from "~/features/home-program/activity-editor/validate-activity";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** The therapist adds an activity from the clinic's library, or writes one for this child. */
export function AddActivity({ childId }: { childId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [mode, setMode] = useState<"closed" | "library" | "write">("closed");
  const [templateId, setTemplateId] = useState("");
  const [draft, setDraft] = useState<Activity>(() => newActivityOf("routine_practice"));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const templates = useQuery({ ...trpc.template.list.queryOptions(), enabled: mode === "library" });
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

  if (mode === "closed")
    return (
      <div className="flex flex-col gap-2">
        {added ? (
          <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-green-900">
            {added}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            onClick={() => {
              setAdded(null);
              setMode("library");
            }}
          >
            Add from the library
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setAdded(null);
              setDraft(newActivityOf("routine_practice"));
              setFieldErrors({});
              setMode("write");
            }}
          >
            Write a new activity
          </Button>
        </div>
      </div>
    );

  return (
    <Card title={mode === "library" ? "Add from the library" : "Write a new activity"}>
      {mode === "library" ? (
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!templateId) {
              setProblem("Choose an activity from the library first.");
              return;
            }
            create.mutate({ childId, templateId });
          }}
        >
          {templates.isPending ? (
            <p className="text-stone-600" role="status">
              Loading the library…
            </p>
          ) : templates.isError ? (
            <Alert tone="error" title="We couldn't load the library.">
              <p>{describeError(templates.error).message}</p>
            </Alert>
          ) : (
            <SelectField
              label="Activity"
              name="templateId"
              value={templateId}
              onChange={(e) => setTemplateId(e.target.value)}
              options={[
                { value: "", label: "Choose an activity…" },
                ...[...templates.data]
                  .sort(
                    (a, b) =>
                      a.kind.localeCompare(b.kind) ||
                      a.content.title.localeCompare(b.content.title),
                  )
                  .map((t) => ({
                    value: t.id,
                    label: `${t.content.title} (${KIND_LABELS[t.kind as ActivityKind] ?? t.kind})`,
                  })),
              ]}
              hint="You can adjust it for this child after adding it."
            />
          )}
          {problem ? (
            <p className="text-red-700" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" busy={create.isPending}>
              Add to the program
            </Button>
            <Button type="button" variant="secondary" onClick={() => setMode("closed")}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <form
          className="flex flex-col gap-6"
          onSubmit={(event) => {
            event.preventDefault();
            const checked = validateActivity(draft);
            if (!checked.ok) {
              setFieldErrors(checked.fieldErrors);
              setProblem("Some fields need a look before adding.");
              return;
            }
            setFieldErrors({});
            create.mutate({ childId, activity: checked.activity });
          }}
        >
          <SelectField
            label="Technique"
            name={`${id}-kind`}
            value={draft.structure.kind}
            onChange={(e) => {
              const fresh = newActivityOf(e.target.value as ActivityKind);
              setDraft({ content: draft.content, structure: fresh.structure });
            }}
            options={ACTIVITY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          />
          <ActivityEditor
            value={draft}
            onChange={setDraft}
            fieldErrors={fieldErrors}
            idPrefix={`${id}-new`}
            disabled={create.isPending}
          />
          {problem ? (
            <Alert tone="error" title="Not added yet">
              <p>{problem}</p>
            </Alert>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" busy={create.isPending}>
              Add to the program
            </Button>
            <Button type="button" variant="secondary" onClick={() => setMode("closed")}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
