"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { addDays, mondayOf } from "@carryover/domain/scheduling";

import { calendarDateIn, shortDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { CalendarBoard } from "./calendar-board.client";
import type { ChildOption, SessionTypeOption } from "./calendar-types";
import { weekColumns } from "./grid-columns";
import { pushSearchParams, useSearchParam } from "./url-state.client";
import { weekFromParam, weekRange } from "./week";

function weekTitle(week: string): string {
  const sunday = addDays(week, 6);
  const year = sunday.slice(0, 4);
  return `${shortDate(week)} – ${shortDate(sunday)}, ${year}`;
}

/** One therapist's Monday–Sunday week in their own zone, with their hours shaded. */
export function WeekBoard({
  therapistId,
  therapistName,
  scopeToTherapist,
  childOptions,
  sessionTypes,
  toolbar,
  hoursLink,
}: {
  therapistId: string;
  therapistName: string;
  /** An admin asks for this therapist's sessions; a therapist's own list is theirs already. */
  scopeToTherapist: boolean;
  childOptions: ChildOption[];
  sessionTypes: SessionTypeOption[];
  toolbar?: ReactNode;
  hoursLink: ReactNode;
}) {
  const trpc = useTRPC();
  const availability = useQuery(trpc.availability.get.queryOptions({ therapistId }));
  const timeZone = availability.data?.timeZone;
  const param = useSearchParam("week");
  const week = timeZone ? weekFromParam(param, timeZone) : null;
  const range = week && timeZone ? weekRange(week, timeZone) : null;
  const bookings = useQuery({
    ...trpc.booking.list.queryOptions({
      from: range?.from ?? new Date(0),
      to: range?.to ?? new Date(1),
      ...(scopeToTherapist ? { therapistId } : {}),
    }),
    enabled: range !== null,
  });

  const today = timeZone ? calendarDateIn(timeZone, new Date()) : "";
  const thisWeek = mondayOf(today || "1970-01-05");
  const columns =
    week && range && availability.data && bookings.data
      ? weekColumns({
          week,
          today,
          therapist: { id: therapistId, name: therapistName },
          hours: availability.data,
          range,
          bookings: bookings.data,
        })
      : undefined;

  const go = (to: string) => pushSearchParams({ week: to === thisWeek ? null : to });

  return (
    <CalendarBoard
      nav={{
        title: week ? `Week of ${weekTitle(week)}` : "This week",
        previousLabel: "Previous week",
        nextLabel: "Next week",
        currentLabel: "This week",
        isCurrent: week === thisWeek,
        onPrevious: () => week && go(addDays(week, -7)),
        onNext: () => week && go(addDays(week, 7)),
        onCurrent: () => go(thisWeek),
      }}
      timeZone={timeZone ?? "UTC"}
      columns={columns}
      skeletonColumns={7}
      error={availability.error ?? bookings.error}
      onRetry={() => void Promise.all([availability.refetch(), bookings.refetch()])}
      toolbar={toolbar}
      childOptions={childOptions}
      sessionTypes={sessionTypes}
      newAppointment={
        timeZone && week
          ? {
              therapistId,
              therapistName,
              timeZone,
              date: today >= week && today <= addDays(week, 6) ? today : week,
            }
          : undefined
      }
      gridLabel={`${therapistName}'s week`}
      emptyMessage="No sessions this week. Click an open time, or use New session, to book one."
      noHoursMessage={<>No open hours this week. {hoursLink}</>}
    />
  );
}
