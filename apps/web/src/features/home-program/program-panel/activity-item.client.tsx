"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { Activity, ActivityStatus } from "@carryover/domain/home-program";
import { Alert, Badge, Button, ConfirmButton } from "@carryover/ui";

import { ActivityDetails } from "~/features/home-program/activity-editor/activity-details";
import { ActivityEditor } from "~/features/home-program/activity-editor/activity-editor.client";
import { KIND_LABELS, KIND_TONES } from "~/features/home-program/activity-editor/labels";
import { SensoryMomentsEditor } from "~/features/home-program/activity-editor/sensory-diet-editor.client";
import { validateActivity } from "~/features/home-program/activity-editor/validate-activity";
import type { ProgramActivity } from "~/features/home-program/types";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { conflictingActivity, type CurrentActivity } from "./conflict";
import { ConflictChooser } from "./conflict-chooser.client";

type Mode = "view" | "edit" | "moments";

const STATUS_BADGE: Record<
  ActivityStatus,
  { label: string; tone: "success" | "neutral" | "warning" }
> = {
  active: { label: "Active", tone: "success" },
  paused: { label: "Paused", tone: "warning" },
  archived: { label: "Removed", tone: "neutral" },
};

/** Where a ladder or chain stands, for a glance without opening the details. */
function standing(structure: ProgramActivity["structure"]): string | null {
  if (structure.kind === "ladder")
    return `Level ${structure.currentLevel + 1} of ${structure.levels.length}: ${structure.levels[structure.currentLevel]?.title ?? ""}`;
  if (structure.kind === "chain")
    return structure.childFrom === 0
      ? `The child does all ${structure.steps.length} steps`
      : `The child does the last ${structure.steps.length - structure.childFrom} of ${structure.steps.length} steps`;
  return null;
}

const asActivity = (a: ProgramActivity): Activity => ({
  content: a.content,
  structure: a.structure,
});

/**
 * One activity of the program: read, edited whole by the therapist, or only its hard moments by a
 * guardian the therapist allowed. Saves name the version the editor started from; if someone saved
 * first, both versions are shown and the editor chooses.
 */
export function ActivityItem({
  childId,
  activity,
  staff,
  guardianMayMoveMoments,
}: {
  childId: string;
  activity: ProgramActivity;
  staff: boolean;
  guardianMayMoveMoments: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("view");
  const [draft, setDraft] = useState<Activity>(() => asActivity(activity));
  const [baseVersion, setBaseVersion] = useState(activity.version);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<CurrentActivity | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const idPrefix = `activity-${activity.id}`;

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) });
  const update = useMutation(
    trpc.activity.update.mutationOptions({
      onSuccess: (_r, variables) => {
        setMode("view");
        setTheirs(null);
        setProblem(null);
        setNotice(
          variables.status === "paused"
            ? "Paused: it is off the family's day until you resume it."
            : variables.status === "active"
              ? "Back in the family's day."
              : "Saved. The family sees it now.",
        );
        void refresh();
      },
      onError: (error) => {
        const current = conflictingActivity(error);
        if (current) {
          setTheirs(current);
          return;
        }
        const described = describeError(error);
        // The server names fields on the input's paths ("content.title"), the editor's own.
        setFieldErrors(described.fieldErrors ?? {});
        setProblem(described.message);
      },
    }),
  );

  const startEditing = (next: Mode) => {
    setDraft(asActivity(activity));
    setBaseVersion(activity.version);
    setFieldErrors({});
    setProblem(null);
    setNotice(null);
    setTheirs(null);
    setMode(next);
  };

  const save = (version = baseVersion) => {
    const checked = validateActivity(draft);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      setProblem("Some fields need a look before saving.");
      return;
    }
    setFieldErrors({});
    update.mutate({
      activityId: activity.id,
      expectedVersion: version,
      ...(mode === "moments"
        ? { structure: checked.activity.structure }
        : { content: checked.activity.content, structure: checked.activity.structure }),
    });
  };

  const setStatus = (status: ActivityStatus) =>
    update.mutate({ activityId: activity.id, expectedVersion: activity.version, status });

  const { content, structure } = activity;
  const status = STATUS_BADGE[activity.status];
  return (
    <article
      aria-labelledby={`${idPrefix}-title`}
      className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5"
    >
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={`${idPrefix}-title`} className="text-lg font-semibold text-stone-900">
            {content.title}
          </h3>
          <div className="mt-1 flex flex-wrap gap-2">
            <Badge tone={KIND_TONES[structure.kind]}>{KIND_LABELS[structure.kind]}</Badge>
            <Badge tone={status.tone}>{status.label}</Badge>
          </div>
          {standing(structure) ? (
            <p className="mt-2 font-medium text-brand-900" data-testid="activity-standing">
              {standing(structure)}
            </p>
          ) : null}
        </div>
        {mode === "view" ? (
          <div className="flex flex-wrap gap-2">
            {staff ? (
              <>
                <Button type="button" size="sm" onClick={() => startEditing("edit")}>
                  Edit
                </Button>
                {activity.status === "active" ? (
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    busy={update.isPending && update.variables?.status === "paused"}
                    onClick={() => setStatus("paused")}
                  >
                    Pause
                  </Button>
                ) : (
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    busy={update.isPending && update.variables?.status === "active"}
                    onClick={() => setStatus("active")}
                  >
                    Resume
                  </Button>
                )}
                {activity.status !== "archived" ? (
                  <ConfirmButton
                    size="sm"
                    title={`Remove “${content.title}” from the program?`}
                    description="The family stops seeing it. Its practice history stays, and you can undo this from the history."
                    confirmLabel="Remove"
                    onConfirm={() => setStatus("archived")}
                  >
                    Remove
                  </ConfirmButton>
                ) : null}
              </>
            ) : guardianMayMoveMoments && structure.kind === "sensory_diet" ? (
              <Button
                type="button"
                size="sm"
                variant="secondary"
                onClick={() => startEditing("moments")}
              >
                Change the times
              </Button>
            ) : null}
          </div>
        ) : null}
      </header>
      {notice && mode === "view" ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-green-900">
          {notice}
        </p>
      ) : null}
      {theirs ? (
        <ConflictChooser
          mine={draft}
          theirs={theirs}
          busy={update.isPending}
          onKeepTheirs={() => {
            setTheirs(null);
            setMode("view");
            setNotice("Kept their version.");
            void refresh();
          }}
          onUseMine={() => {
            setBaseVersion(theirs.version);
            save(theirs.version);
          }}
        />
      ) : mode === "view" ? (
        <details className="group">
          <summary className="min-h-11 cursor-pointer content-center text-stone-800">
            {content.summary}{" "}
            <span className="text-sm font-medium text-brand-800 group-open:hidden">
              Show details
            </span>
          </summary>
          <div className="mt-3">
            <ActivityDetails activity={asActivity(activity)} headingAs="h4" />
          </div>
        </details>
      ) : (
        <form
          className="flex flex-col gap-6"
          aria-label={`Edit ${content.title}`}
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          {mode === "edit" ? (
            <ActivityEditor
              value={draft}
              onChange={setDraft}
              fieldErrors={fieldErrors}
              idPrefix={idPrefix}
              disabled={update.isPending}
            />
          ) : draft.structure.kind === "sensory_diet" ? (
            <SensoryMomentsEditor
              value={draft.structure.moments}
              onChange={(moments) =>
                setDraft((d) =>
                  d.structure.kind === "sensory_diet"
                    ? { ...d, structure: { ...d.structure, moments } }
                    : d,
                )
              }
              fieldErrors={fieldErrors}
              idPrefix={idPrefix}
              disabled={update.isPending}
            />
          ) : null}
          {problem ? (
            <Alert tone="error" title="Not saved yet">
              <p>{problem}</p>
            </Alert>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" busy={update.isPending}>
              Save changes
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => setMode("view")}
              disabled={update.isPending}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
