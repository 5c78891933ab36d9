"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";

import { addDays, isCalendarDate } from "@carryover/domain/scheduling";
import { SelectField } from "@carryover/ui";

import { calendarDateIn, longDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { CalendarBoard } from "./calendar-board.client";
import type { SessionTypeOption, TherapistOption } from "./calendar-types";
import { dayColumns } from "./grid-columns";
import { pushSearchParams, useSearchParam } from "./url-state.client";
import { dayRange } from "./week";
import { WeekBoard } from "./week-board.client";

const ALL = "all";

function TherapistPicker({ therapists, value }: { therapists: TherapistOption[]; value: string }) {
  return (
    <SelectField
      label="Therapist"
      name="therapist"
      className="min-w-56"
      value={value}
      onChange={(event) =>
        pushSearchParams(
          event.target.value === ALL
            ? { therapist: null, week: null }
            : { therapist: event.target.value, day: null },
        )
      }
      options={[
        { value: ALL, label: "All therapists (one day)" },
        ...therapists.map((t) => ({ value: t.id, label: `${t.name} (week)` })),
      ]}
    />
  );
}

export function AdminCalendar({ clinicTimeZone }: { clinicTimeZone: string }) {
  const trpc = useTRPC();
  const therapists = useQuery(trpc.therapist.list.queryOptions());
  const sessionTypes = useQuery(trpc.sessionType.list.queryOptions());
  const children = useQuery(trpc.child.list.queryOptions());
  const chosenId = useSearchParam("therapist");
  const chosen = therapists.data?.find((t) => t.id === chosenId);
  const childOptions = (children.data ?? []).map((c) => ({
    id: c.id,
    name: `${c.firstName} ${c.lastName}`,
  }));
  const picker = <TherapistPicker therapists={therapists.data ?? []} value={chosen?.id ?? ALL} />;

  if (chosen) {
    return (
      <WeekBoard
        key={chosen.id}
        therapistId={chosen.id}
        therapistName={chosen.name}
        scopeToTherapist
        childOptions={childOptions}
        sessionTypes={sessionTypes.data ?? []}
        toolbar={picker}
        hoursLink={<>{chosen.name} can set their weekly hours under Availability.</>}
      />
    );
  }
  return (
    <DayAcrossTherapists
      clinicTimeZone={clinicTimeZone}
      therapists={therapists.data}
      therapistsError={therapists.error}
      childOptions={childOptions}
      sessionTypes={sessionTypes.data ?? []}
      picker={picker}
    />
  );
}

function DayAcrossTherapists({
  clinicTimeZone,
  therapists,
  therapistsError,
  childOptions,
  sessionTypes,
  picker,
}: {
  clinicTimeZone: string;
  therapists: TherapistOption[] | undefined;
  therapistsError: unknown;
  childOptions: { id: string; name: string }[];
  sessionTypes: SessionTypeOption[];
  picker: ReactNode;
}) {
  const trpc = useTRPC();
  const param = useSearchParam("day");
  const today = calendarDateIn(clinicTimeZone, new Date());
  const day = param && isCalendarDate(param) ? param : today;
  const range = dayRange(day, clinicTimeZone);
  const availability = useQueries({
    queries: (therapists ?? []).map((t) =>
      trpc.availability.get.queryOptions({ therapistId: t.id }),
    ),
  });
  const bookings = useQuery(trpc.booking.list.queryOptions(range));

  const columns =
    therapists && bookings.data && availability.every((a) => a.data)
      ? dayColumns({
          day,
          today,
          clinicTimeZone,
          therapists,
          hoursByTherapist: availability.map((a) => a.data),
          range,
          bookings: bookings.data,
        })
      : undefined;
  const error = therapistsError ?? bookings.error ?? availability.find((a) => a.error)?.error;
  const go = (to: string) => pushSearchParams({ day: to === today ? null : to });

  return (
    <CalendarBoard
      nav={{
        title: longDate(day),
        previousLabel: "Previous day",
        nextLabel: "Next day",
        currentLabel: "Today",
        isCurrent: day === today,
        onPrevious: () => go(addDays(day, -1)),
        onNext: () => go(addDays(day, 1)),
        onCurrent: () => go(today),
      }}
      timeZone={clinicTimeZone}
      columns={therapists && therapists.length === 0 ? [] : columns}
      skeletonColumns={Math.max(therapists?.length ?? 2, 2)}
      error={error ?? null}
      onRetry={() => {
        void bookings.refetch();
        for (const a of availability) void a.refetch();
      }}
      toolbar={picker}
      childOptions={childOptions}
      sessionTypes={sessionTypes}
      showTherapist
      gridLabel={`All therapists on ${longDate(day)}`}
      emptyMessage={
        therapists && therapists.length === 0 ? (
          <>
            The clinic has no therapists yet.{" "}
            <Link href="/admin/staff" className="font-medium underline underline-offset-4">
              Invite one
            </Link>
            .
          </>
        ) : (
          "No sessions on this day. Click a therapist's open time to book one."
        )
      }
    />
  );
}
