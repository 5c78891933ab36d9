"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import type { US_STATES } from "@carryover/domain/clinic";

import { clockTime, dayAndDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChildOption, SessionTypeOption } from "./calendar-types";
import type { NewAppointmentTarget, NewAppointmentValues } from "./new-appointment-form";

type Checked = {
  values: NewAppointmentValues;
  sessionType: SessionTypeOption;
  start: Date;
  needsState: boolean;
};

/** Books a child's session or opens a group, and says in words what was done. */
export function useCreateAppointment(target: NewAppointmentTarget, childOptions: ChildOption[]) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const zone = target.timeZone;
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
    ]);
  };
  const book = useMutation(trpc.booking.create.mutationOptions({ onSuccess: refresh }));
  const openGroup = useMutation(trpc.group.create.mutationOptions({ onSuccess: refresh }));

  async function create({ values, sessionType, start, needsState }: Checked): Promise<string> {
    if (sessionType.kind === "group") {
      const result = await openGroup.mutateAsync({
        therapistId: target.therapistId,
        sessionTypeId: sessionType.id,
        start,
      });
      return `${sessionType.name} opened on ${dayAndDate(result.start, zone)} at ${clockTime(result.start, zone)}, with ${result.capacity} places.`;
    }
    const result = await book.mutateAsync({
      childId: values.childId,
      therapistId: target.therapistId,
      sessionTypeId: sessionType.id,
      start,
      childLocationState: needsState
        ? (values.childLocationState as (typeof US_STATES)[number])
        : null,
      idempotencyKey: crypto.randomUUID(),
    });
    const child = childOptions.find((c) => c.id === values.childId)?.name ?? "the child";
    return `${sessionType.name} booked for ${child} on ${dayAndDate(result.start, zone)} at ${clockTime(result.start, zone)}.`;
  }

  return { create, busy: book.isPending || openGroup.isPending };
}
