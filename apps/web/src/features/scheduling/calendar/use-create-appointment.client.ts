"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChildOption } from "./calendar-types";
import type { NewAppointmentRequest, NewAppointmentTarget } from "./new-appointment-form";

/** Books a child's session or opens a group, and says in words what was done. */
export function useCreateAppointment(target: NewAppointmentTarget, childOptions: ChildOption[]) {
  const cycle = useHourCycle();
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

  async function create(request: NewAppointmentRequest, sessionTypeName: string): Promise<string> {
    const { therapistId } = target;
    if (request.kind === "group") {
      const result = await openGroup.mutateAsync({ ...request.input, therapistId });
      return `${result.name} opened on ${dayAndDate(result.start, zone)} at ${clockTime(result.start, zone, cycle)}, with ${result.capacity} places.`;
    }
    const { input } = request;
    const result = await book.mutateAsync({
      ...input,
      therapistId,
      idempotencyKey: crypto.randomUUID(),
    });
    const child = childOptions.find((c) => c.id === input.childId)?.name ?? "the child";
    return `${sessionTypeName} booked for ${child} on ${dayAndDate(result.start, zone)} at ${clockTime(result.start, zone, cycle)}.`;
  }

  return { create, busy: book.isPending || openGroup.isPending };
}
