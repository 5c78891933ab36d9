"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { Activity, ActivityStatus } from "@carryover/domain/home-program";

import { validateActivity } from "~/features/home-program/activity-editor/validate-activity";
import type { ProgramActivity } from "~/features/home-program/types";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { conflictingActivity, type CurrentActivity } from "./conflict";

/** "edit": the therapist edits it whole; "moments": a guardian moves a sensory diet's hard moments. */
export type ActivityMode = "view" | "edit" | "moments";

export const asActivity = (a: ProgramActivity): Activity => ({
  content: a.content,
  structure: a.structure,
});

const noticeAfter = (status: ActivityStatus | undefined) =>
  status === "paused"
    ? "Paused: it is off the family's day until you resume it."
    : status === "active"
      ? "Back in the family's day."
      : "Saved. The family sees it now.";

/**
 * One activity's edit and its saves. Saves name the version the editor started from; if someone
 * saved first, `theirs` holds their version until the editor chooses.
 */
export function useActivityUpdate(childId: string, activity: ProgramActivity) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<ActivityMode>("view");
  const [draft, setDraft] = useState<Activity>(() => asActivity(activity));
  const [baseVersion, setBaseVersion] = useState(activity.version);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<CurrentActivity | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) });
  const update = useMutation(
    trpc.activity.update.mutationOptions({
      onSuccess: (_r, variables) => {
        setMode("view");
        setTheirs(null);
        setProblem(null);
        setNotice(noticeAfter(variables.status));
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

  const startEditing = (next: Exclude<ActivityMode, "view">) => {
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

  return {
    mode,
    draft,
    setDraft,
    fieldErrors,
    theirs,
    problem,
    notice,
    saving: update.isPending,
    /** The status a pending save is setting, so only that button shows it is busy. */
    settingStatus: update.isPending ? update.variables?.status : undefined,
    startEditing,
    cancel: () => setMode("view"),
    save: () => save(),
    setStatus: (status: ActivityStatus) =>
      update.mutate({ activityId: activity.id, expectedVersion: activity.version, status }),
    keepTheirs: () => {
      setTheirs(null);
      setMode("view");
      setNotice("Kept their version.");
      void refresh();
    },
    saveMineOverTheirs: (theirs: CurrentActivity) => {
      setBaseVersion(theirs.version);
      save(theirs.version);
    },
  };
}
