"use client";

import type { Dispatch, SetStateAction } from "react";

import type { Activity } from "@carryover/domain/home-program";
import { Alert, Button } from "@carryover/ui";

import { ActivityEditor } from "~/features/home-program/activity-editor/activity-editor.client";
import { SensoryMomentsEditor } from "~/features/home-program/activity-editor/sensory-diet-editor.client";

/** The activity being edited: whole for the therapist, only a sensory diet's moments for a guardian. */
export function ActivityEditForm({
  mode,
  title,
  draft,
  onDraftChange,
  fieldErrors,
  idPrefix,
  problem,
  saving,
  onSave,
  onCancel,
}: {
  mode: "edit" | "moments";
  title: string;
  draft: Activity;
  onDraftChange: Dispatch<SetStateAction<Activity>>;
  fieldErrors: Record<string, string>;
  idPrefix: string;
  problem: string | null;
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
}) {
  return (
    <form
      className="flex flex-col gap-6"
      aria-label={`Edit ${title}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {mode === "edit" ? (
        <ActivityEditor
          value={draft}
          onChange={onDraftChange}
          fieldErrors={fieldErrors}
          idPrefix={idPrefix}
          disabled={saving}
        />
      ) : draft.structure.kind === "sensory_diet" ? (
        <SensoryMomentsEditor
          value={draft.structure.moments}
          onChange={(moments) =>
            onDraftChange((d) =>
              d.structure.kind === "sensory_diet"
                ? { ...d, structure: { ...d.structure, moments } }
                : d,
            )
          }
          fieldErrors={fieldErrors}
          idPrefix={idPrefix}
          disabled={saving}
        />
      ) : null}
      {problem ? (
        <Alert tone="error" title="Not saved yet">
          <p>{problem}</p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={saving}>
          Save changes
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
