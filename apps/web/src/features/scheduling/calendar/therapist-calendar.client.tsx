"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { useTRPC } from "~/trpc/react.client";
import { WeekBoard } from "./week-board.client";

export function TherapistCalendar({
  therapistId,
  therapistName,
}: {
  therapistId: string;
  therapistName: string;
}) {
  const trpc = useTRPC();
  const sessionTypes = useQuery(trpc.sessionType.list.queryOptions());
  const caseload = useQuery(trpc.child.list.queryOptions());
  return (
    <WeekBoard
      therapistId={therapistId}
      therapistName={therapistName}
      scopeToTherapist={false}
      childOptions={(caseload.data ?? []).map((c) => ({
        id: c.id,
        name: `${c.firstName} ${c.lastName}`,
      }))}
      sessionTypes={sessionTypes.data ?? []}
      hoursLink={
        <Link
          href="/therapist/availability"
          className="font-medium underline underline-offset-4 hover:no-underline"
        >
          Set your weekly hours
        </Link>
      }
    />
  );
}
