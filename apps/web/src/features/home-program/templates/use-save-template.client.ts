"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import type { Activity } from "@carryover/domain/home-program";

import type { ActivityFieldErrors } from "~/features/home-program/activity-editor/activity-types";
import { activityFieldErrorsFrom } from "~/features/home-program/activity-editor/validate-activity";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

export const fieldsInWords = (count: number) =>
  count === 1 ? "One field needs a change" : `${count} fields need a change`;

/**
 * Creates a template, or updates one, and refreshes the library. A refusal comes back with the
 * server's field messages when it named fields (null when it did not) and a line for above the form.
 */
export function useSaveTemplate({
  onSaved,
  onRefused,
}: {
  onSaved: (templateId: string, title: string) => void;
  onRefused: (fieldErrors: ActivityFieldErrors | null, problem: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const saved = async (id: string, title: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.template.list.queryKey() });
    onSaved(id, title);
  };
  const refused = (error: unknown) => {
    const described = describeError(error);
    const fromServer = activityFieldErrorsFrom(described.fieldErrors);
    const count = Object.keys(fromServer).length;
    if (count > 0)
      onRefused(fromServer, `${fieldsInWords(count)} before the template can be saved.`);
    else
      onRefused(
        null,
        `The template wasn't saved. ${described.message} Your changes are still here; try saving again.`,
      );
  };

  const create = useMutation(
    trpc.template.create.mutationOptions({
      onSuccess: ({ templateId: id }, { activity }) => saved(id, activity.content.title),
      onError: refused,
    }),
  );
  const update = useMutation(
    trpc.template.update.mutationOptions({
      onSuccess: ({ templateId: id }, { activity }) => saved(id, activity.content.title),
      onError: refused,
    }),
  );

  const save = (templateId: string | undefined, activity: Activity) => {
    if (templateId) update.mutate({ templateId, activity });
    else create.mutate({ activity });
  };
  return { save, pending: create.isPending || update.isPending };
}
