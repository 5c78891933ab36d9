"use client";

import Link from "next/link";

import type { ActivityStatus } from "@carryover/domain/home-program";
import { Badge, cn, textLinkClasses } from "@carryover/ui";

import { ActivityVideos } from "~/features/documents/practice-videos/activity-videos.client";
import { ActivityDetails } from "~/features/home-program/activity-editor/activity-details";
import { KIND_LABELS, KIND_TONES } from "~/features/home-program/activity-editor/labels";
import type { ProgramActivity } from "~/features/home-program/types";
import { askAboutHref } from "~/features/messaging/about-activity";
import { ActivityActions } from "./activity-actions.client";
import { ActivityEditForm } from "./activity-edit-form.client";
import { ConflictChooser } from "./conflict-chooser.client";
import { asActivity, useActivityUpdate } from "./use-activity-update.client";

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
  timeZone,
}: {
  childId: string;
  activity: ProgramActivity;
  staff: boolean;
  guardianMayMoveMoments: boolean;
  timeZone: string;
}) {
  const edit = useActivityUpdate(childId, activity);
  const { theirs } = edit;
  const idPrefix = `activity-${activity.id}`;
  const { content, structure } = activity;
  const status = STATUS_BADGE[activity.status];
  return (
    <article
      id={idPrefix}
      aria-labelledby={`${idPrefix}-title`}
      className="flex scroll-mt-20 flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5"
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
        {edit.mode === "view" ? (
          <ActivityActions
            activity={activity}
            staff={staff}
            guardianMayMoveMoments={guardianMayMoveMoments}
            settingStatus={edit.settingStatus}
            onEdit={edit.startEditing}
            onStatus={edit.setStatus}
          />
        ) : null}
      </header>
      {edit.mode === "view" ? (
        <Link
          href={askAboutHref(staff ? "/messages" : "/family/messages", childId, {
            activityId: activity.id,
            title: content.title,
          })}
          className={cn(textLinkClasses, "self-start text-sm")}
        >
          {staff ? "Message the family about this" : "Ask the therapist about this"}
        </Link>
      ) : null}
      {edit.notice && edit.mode === "view" ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-green-900">
          {edit.notice}
        </p>
      ) : null}
      {theirs ? (
        <ConflictChooser
          mine={edit.draft}
          theirs={theirs}
          busy={edit.saving}
          onKeepTheirs={edit.keepTheirs}
          onUseMine={() => edit.saveMineOverTheirs(theirs)}
        />
      ) : edit.mode === "view" ? (
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
        <ActivityEditForm
          mode={edit.mode}
          title={content.title}
          draft={edit.draft}
          onDraftChange={edit.setDraft}
          fieldErrors={edit.fieldErrors}
          idPrefix={idPrefix}
          problem={edit.problem}
          saving={edit.saving}
          onSave={edit.save}
          onCancel={edit.cancel}
        />
      )}
      <ActivityVideos
        childId={childId}
        activityId={activity.id}
        activityTitle={content.title}
        staff={staff}
        timeZone={timeZone}
      />
    </article>
  );
}
