"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { Alert, Card, CheckboxField, Spinner } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** A therapist's choice to get an email, besides the in-app notice, when a family changes a session. */
export function FamilyChangeEmails() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preference = useQuery(trpc.notification.preference.queryOptions());
  const save = useMutation(
    trpc.notification.updatePreference.mutationOptions({
      onSuccess: (saved) =>
        queryClient.setQueryData(trpc.notification.preference.queryKey(), saved),
    }),
  );
  return (
    <Card
      title="Notifications"
      description="You always see in Carryover when a family books, moves or cancels one of your sessions. The email names no child in its subject."
      className="mt-6"
    >
      {preference.isPending ? (
        <Spinner label="Loading your choice…" />
      ) : preference.isError ? (
        <Alert tone="error">{describeError(preference.error).message}</Alert>
      ) : (
        <div className="flex flex-col gap-2">
          <CheckboxField
            label="Also email me when a family books, moves or cancels one of my sessions"
            checked={preference.data.emailFamilyChanges}
            disabled={save.isPending}
            onChange={(event) => save.mutate({ emailFamilyChanges: event.target.checked })}
          />
          {save.isError ? <Alert tone="error">{describeError(save.error).message}</Alert> : null}
          {save.isSuccess ? (
            <p role="status" className="text-sm text-stone-700">
              {save.data.emailFamilyChanges ? "Emails are on." : "Emails are off."}
            </p>
          ) : null}
        </div>
      )}
    </Card>
  );
}
