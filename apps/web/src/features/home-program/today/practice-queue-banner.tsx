import { Alert, Button } from "@carryover/ui";

import type { QueuedLog } from "./practice-queue";
import { waitingWords } from "./today-state";

/** What the offline queue holds: logs still on this phone, and any the server refused. */
export function PracticeQueueBanner({
  waiting,
  refused,
  onDismissRefused,
}: {
  waiting: readonly QueuedLog[];
  refused: readonly string[];
  onDismissRefused: () => void;
}) {
  return (
    <>
      {waiting.length > 0 ? (
        <Alert tone="warning" title="Saved on this phone">
          <p>
            {waitingWords(
              waiting.filter((w) => w.op !== "tap" && w.op !== "untap").length,
              waiting.filter((w) => w.op === "tap" || w.op === "untap").length,
            )}{" "}
            They go to your therapist as soon as you are back online. Nothing is lost.
          </p>
        </Alert>
      ) : null}
      {refused.length > 0 ? (
        <Alert tone="error" title="A practice could not be saved">
          {refused.map((message, i) => (
            <p key={i}>{message}</p>
          ))}
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={onDismissRefused}
          >
            OK
          </Button>
        </Alert>
      ) : null}
    </>
  );
}
