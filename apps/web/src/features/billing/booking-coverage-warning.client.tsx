"use client";

import { useQuery } from "@tanstack/react-query";

import type { BookingCoverage } from "@carryover/api/contracts/authorization";
import { Alert } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";

type NotCovered = Extract<BookingCoverage, { covered: false }>;

function wordsOf(answer: NotCovered) {
  const day = formatCalendarDate(answer.on);
  if (answer.reason === "none")
    return {
      problem: `${answer.payerName} needs an authorization for this session, and none on file covers ${day}.`,
      fix: `Ask ${answer.payerName} for one before the session, or book it now and sort it out before billing.`,
    };
  const { counts, approved, endsOn } = answer.authorization;
  return {
    problem: `The authorization for ${plural(approved, counts === "visits" ? "visit" : "unit")} to ${formatCalendarDate(endsOn)} is used up by the sessions booked before ${day}.`,
    fix: `Ask ${answer.payerName} to extend it before the session.`,
  };
}

/**
 * Before a session is booked: a warning when the child's plan needs an authorization that does not
 * cover it. Booking stays possible; nothing shows while the answer is on its way or when it is fine.
 */
export function BookingCoverageWarning({
  childId,
  sessionTypeId,
  start,
}: {
  childId: string;
  sessionTypeId: string;
  start: Date | null;
}) {
  const trpc = useTRPC();
  const ready = childId !== "" && sessionTypeId !== "" && start !== null;
  const answer = useQuery({
    ...trpc.authorization.checkBooking.queryOptions({
      childId,
      sessionTypeId,
      start: start ?? new Date(0),
    }),
    enabled: ready,
  });
  if (!ready || !answer.data || answer.data.covered) return null;
  const words = wordsOf(answer.data);
  return (
    <Alert tone="warning" title="Not covered by an authorization">
      <p>{words.problem}</p>
      <p>{words.fix}</p>
    </Alert>
  );
}
