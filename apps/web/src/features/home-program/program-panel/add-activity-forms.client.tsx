"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, type ReactNode } from "react";

import { ACTIVITY_KINDS, type Activity, type ActivityKind } from "@carryover/domain/home-program";
import { Alert, Button, SelectField } from "@carryover/ui";

import { ActivityEditor } from "~/features/home-program/activity-editor/activity-editor.client";
import { KIND_LABELS } from "~/features/home-program/activity-editor/labels";
import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { TemplatePicker } from "./template-picker.client";

type AddFormProps = {
  problem: string | null;
  adding: boolean;
  onAdd: () => void;
  onCancel: () => void;
};

/** Picks a template from the clinic's library: search, preview, then add; it can be adjusted for the child after. */
export function AddFromLibraryForm({
  templateId,
  onTemplateChange,
  problem,
  adding,
  onAdd,
  onCancel,
}: AddFormProps & { templateId: string; onTemplateChange: (templateId: string) => void }) {
  const trpc = useTRPC();
  const templates = useQuery(trpc.template.list.queryOptions());
  return (
    <AddForm className="flex flex-col gap-4" adding={adding} onAdd={onAdd} onCancel={onCancel}>
      {templates.isPending ? (
        <p className="text-stone-600" role="status">
          Loading the library…
        </p>
      ) : templates.isError ? (
        <Alert tone="error" title="We couldn't load the library.">
          <p>{describeError(templates.error).message}</p>
        </Alert>
      ) : (
        <TemplatePicker
          templates={templates.data}
          templateId={templateId}
          onTemplateChange={onTemplateChange}
        />
      )}
      {problem ? (
        <p className="text-red-700" role="alert">
          {problem}
        </p>
      ) : null}
    </AddForm>
  );
}

/** Writes an activity for this child: the technique first, then the whole activity. */
export function WriteActivityForm({
  draft,
  onDraftChange,
  fieldErrors,
  problem,
  adding,
  onAdd,
  onCancel,
}: AddFormProps & {
  draft: Activity;
  onDraftChange: (draft: Activity) => void;
  fieldErrors: Record<string, string>;
}) {
  const id = useId();
  return (
    <AddForm className="flex flex-col gap-6" adding={adding} onAdd={onAdd} onCancel={onCancel}>
      <SelectField
        label="Technique"
        name={`${id}-kind`}
        value={draft.structure.kind}
        onChange={(e) => {
          const fresh = newActivityOf(e.target.value as ActivityKind);
          onDraftChange({ content: draft.content, structure: fresh.structure });
        }}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
      />
      <ActivityEditor
        value={draft}
        onChange={onDraftChange}
        fieldErrors={fieldErrors}
        idPrefix={`${id}-new`}
        disabled={adding}
      />
      {problem ? (
        <Alert tone="error" title="Not added yet">
          <p>{problem}</p>
        </Alert>
      ) : null}
    </AddForm>
  );
}

function AddForm({
  className,
  adding,
  onAdd,
  onCancel,
  children,
}: Omit<AddFormProps, "problem"> & { className: string; children: ReactNode }) {
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        onAdd();
      }}
    >
      {children}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={adding}>
          Add to the program
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
