"use client";

import { useMutation } from "@tanstack/react-query";

import { Alert, Card, ConfirmButton } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";

/** A signed progress report's family version, put in the family's portal with an email to each guardian. */
export function SendToFamily({ noteId, childName }: { noteId: string; childName: string }) {
  const trpc = useTRPC();
  const send = useMutation(trpc.progressReport.sendToFamily.mutationOptions());
  return (
    <Card
      title="The family's version"
      titleAs="h2"
      description="The family reads the summary in plain words in their portal; the email says only that a report is ready."
    >
      <div aria-live="polite">
        {send.isSuccess ? (
          <Alert tone="success" title="Sent to the family">
            It is in {childName}&apos;s family portal.{" "}
            {send.data.notified
              ? `${plural(send.data.notified, "guardian")} told by email.`
              : "No guardian has an email address to tell."}
          </Alert>
        ) : null}
      </div>
      {send.isError ? <Alert tone="error">{describeError(send.error).message}</Alert> : null}
      {send.isSuccess ? null : (
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
