import Link from "next/link";

import type { MailDelivery } from "~/features/notices/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { formatDateTime } from "~/lib/time";

const linkClasses = "font-medium underline underline-offset-4 hover:no-underline";

/** What happened after an invitation was created, including where the email went. */
export function InvitationSentMessage({
  name,
  email,
  expiresAt,
  delivery,
  timeZone,
}: {
  name: string;
  email: string;
  expiresAt: Date;
  delivery?: MailDelivery;
  timeZone: string;
}) {
  const cycle = useHourCycle();
  return (
    <>
      <p>
        Invitation sent to {name} ({email}). It expires on{" "}
        {formatDateTime(expiresAt, timeZone, cycle)}.
      </p>
      {delivery === "outbox" ? (
        <p className="mt-1">
          Email isn&apos;t set up yet, so the message is waiting in the{" "}
          <Link href="/admin/outbox" className={linkClasses}>
            Outbox
          </Link>
          : copy the link from there and send it to them yourself.
        </p>
      ) : null}
    </>
  );
}
