"use client";

import type { ActivityStatus } from "@carryover/domain/home-program";
import { Button, ConfirmButton } from "@carryover/ui";

import type { ProgramActivity } from "~/features/home-program/types";

/**
 * What can be done to an activity: the therapist edits, pauses, resumes or removes it; a guardian
 * the therapist allowed changes a sensory diet's times.
 */
export function ActivityActions({
  activity,
  staff,
  guardianMayMoveMoments,
  settingStatus,
  onEdit,
  onStatus,
}: {
  activity: ProgramActivity;
  staff: boolean;
  guardianMayMoveMoments: boolean;
  /** The status a save under way is setting. */
  settingStatus: ActivityStatus | undefined;
  onEdit: (mode: "edit" | "moments") => void;
  onStatus: (status: ActivityStatus) => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {staff ? (
        <>
          <Button type="button" size="sm" onClick={() => onEdit("edit")}>
            Edit
          </Button>
          {activity.status === "active" ? (
            <Button
              type="button"
              size="sm"
              variant="secondary"
              busy={settingStatus === "paused"}
              onClick={() => onStatus("paused")}
            >
              Pause
            </Button>
          ) : (
            <Button
              type="button"
              size="sm"
              variant="secondary"
              busy={settingStatus === "active"}
              onClick={() => onStatus("active")}
            >
              Resume
            </Button>
          )}
          {activity.status !== "archived" ? (
            <ConfirmButton
              size="sm"
              title={`Remove “${activity.content.title}” from the program?`}
              description="The family stops seeing it. Its practice history stays, and you can undo this from the history."
              confirmLabel="Remove"
              onConfirm={() => onStatus("archived")}
            >
              Remove
            </ConfirmButton>
          ) : null}
        </>
      ) : guardianMayMoveMoments && activity.structure.kind === "sensory_diet" ? (
        <Button type="button" size="sm" variant="secondary" onClick={() => onEdit("moments")}>
          Change the times
        </Button>
      ) : null}
    </div>
  );
}
