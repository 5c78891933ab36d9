"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { buttonClasses } from "@carryover/ui";

import { sessionName } from "~/features/scheduling/session-name";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { sessionsStartingNow, startingNowRange } from "./starting-now";
import { useMinuteClock } from "./use-minute-clock";

/** On the family's home, above everything: the video session whose room is open now, with Join. */
export function StartingNow({ at }: { at: number }) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  // Fetched with the page and on focus, not on a timer (a timer's requests would keep an idle
  // screen signed in); the minute clock opens the rooms of the sessions it already has.
  const list = useQuery(trpc.booking.list.queryOptions(startingNowRange(at)));
  const now = useMinuteClock(at);
  const timeZone = useFamilyTimeZone();
  const starting = sessionsStartingNow(list.data ?? [], now);
  if (starting.length === 0) return null;
  return (
    <section aria-label="Starting now" className="flex flex-col gap-3">
      {starting.map((b) => {
        const names = b.children.map((c) => c.firstName).join(" and ");
        const started = +b.start <= now;
        return (
          <div
            key={b.id}
            className="rounded-xl border-2 border-brand-600 bg-brand-50 p-4 shadow-sm sm:p-5"
          >
            <p className="text-lg font-semibold text-brand-900">
              {names ? `${names}'s session` : "Your session"} with {b.therapistName}{" "}
              {started ? "has started" : "is about to start"}
            </p>
            <p className="text-brand-900">
              {sessionName(b)}
              {timeZone
                ? ` · ${clockTime(b.start, timeZone, cycle)} to ${clockTime(b.end, timeZone, cycle)}`
                : ""}
            </p>
            <Link
              href={`/sessions/${b.id}`}
              className={buttonClasses({ size: "lg", className: "mt-3 w-full sm:w-auto" })}
            >
              Join the video session
            </Link>
          </div>
        );
      })}
    </section>
  );
}
