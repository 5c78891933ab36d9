"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { Suggestion } from "@carryover/domain/home-program/progression";
import { Alert, Card, ConfirmButton } from "@carryover/ui";

import { describeApplyConfirmation } from "~/features/home-program/progression-words";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { appliedMessage, canApplySuggestion, describeSuggestion } from "./progress-data";
import type { Program, ProgramActivity } from "./types";

type Notice = { tone: "success" | "error"; title: string; text?: string };
type Suggested = { activityId: string; title: string; suggestion: Suggestion };

/** The level or step changes the practice log calls for; staff apply them from here. */
export function Suggestions({
  childName,
  program,
  suggestions,
  staff,
}: {
  childName: string;
  program: Program;
  suggestions: Suggested[];
  staff: boolean;
}) {
  const { accept, apply, notice } = useApplySuggestion();
  const activityOf = (id: string) => program.activities.find((a) => a.id === id);
  return (
    <Card
      title="Suggested changes"
      titleAs="h3"
      description={
        staff
          ? "What the practice log calls for, worked out again when you apply it."
          : `What ${childName}'s practice calls for. Your therapist decides when to change it.`
      }
    >
      <div aria-live="polite" className={notice ? "mb-4" : undefined}>
        {notice ? (
          <Alert tone={notice.tone} title={notice.title}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {suggestions.length === 0 ? (
        <p className="text-stone-600">No level or step change is called for right now.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {suggestions.map(({ activityId, title, suggestion }) => {
            const activity = activityOf(activityId);
            return (
              <li
                key={activityId}
                className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3"
              >
                <p className="font-medium text-stone-900">{title}</p>
                <p>{describeSuggestion(suggestion, activity?.structure)}</p>
                <p className="text-sm text-stone-600">Why: {suggestion.reason}</p>
                {staff && activity && canApplySuggestion(suggestion) ? (
                  <ConfirmButton
                    size="sm"
                    variant="primary"
                    tone="primary"
                    className="self-start"
                    title={`Apply this change to ${title}?`}
                    description={describeApplyConfirmation(suggestion, title)}
                    confirmLabel="Apply"
                    disabled={accept.isPending}
                    onConfirm={() => apply(activity, suggestion, title)}
                  >
                    Apply
                    <span className="sr-only"> to {title}</span>
                  </ConfirmButton>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** Accepts a suggestion, says how it went, and reloads the progress and the program either way. */
function useApplySuggestion() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accept = useMutation(trpc.progression.accept.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.progression.get.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.program.get.pathKey() }),
    ]);

  function apply(activity: ProgramActivity, suggestion: Suggestion, title: string) {
    setNotice(null);
    accept.mutate(
      { activityId: activity.id, expectedVersion: activity.version },
      {
        onSuccess: () => {
          setNotice({
            tone: "success",
            title: `${title}: ${appliedMessage(suggestion, activity.structure)}`,
          });
          void refresh();
        },
        onError: (error) => {
          setNotice({
            tone: "error",
            title: `We couldn't apply the change to ${title}.`,
            text: describeError(error).message,
          });
          void refresh();
        },
      },
    );
  }

  return { accept, apply, notice };
}
