"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { Alert, Card, ConfirmButton } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { formatDateTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";

/** A signed report's family version, put in the family's portal with an email to each guardian. */
export function SendToFamily({
  noteId,
  childName,
  sentAt,
  timeZone,
}: {
  noteId: string;
  childName: string;
  /** When it was first sent, if it was. */
  sentAt: Date | null;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cycle = useHourCycle();
  const send = useMutation(
    trpc.progressReport.sendToFamily.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.note.get.queryFilter({ noteId })),
    }),
  );
  const sent = send.isSuccess || sentAt !== null;
  return (
    <Card
      title="The family's version"
      titleAs="h2"
      description="The family reads the summary in plain words in their portal; the email says only that a report is ready."
    >
      <div aria-live="polite">
        {sent ? (
          <Alert tone="success" title="Sent to the family">
            It is in {childName}&apos;s family portal
            {sentAt ? ` since ${formatDateTime(sentAt, timeZone, cycle)}` : ""}.{" "}
            {send.data
              ? send.data.notified
                ? `${plural(send.data.notified, "guardian")} told by email.`
                : "No guardian has an email address to tell."
              : null}
          </Alert>
        ) : null}
      </div>
      {send.isError ? <Alert tone="error">{describeError(send.error).message}</Alert> : null}
      {sent ? null : (
        <ConfirmButton
          title="Send this report to the family?"
          description="The family's version appears in their portal and each guardian gets an email. This can't be taken back."
          confirmLabel="Send to the family"
          tone="primary"
          variant="primary"
          onConfirm={async () => {
            await send.mutateAsync({ noteId });
          }}
        >
          Send to the family
        </ConfirmButton>
      )}
    </Card>
  );
}
