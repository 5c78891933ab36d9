import { z } from "zod";

import { UsState } from "@carryover/domain/people";

export const CreateGroupInput = z.object({
  therapistId: z.uuid("Choose a therapist"),
  sessionTypeId: z.uuid("Choose a group session type"),
  start: z.date(),
});

export const GroupPlace = z.object({
  appointmentId: z.uuid("That group link is not valid"),
  childId: z.uuid("Choose a child"),
});

export const JoinGroupInput = GroupPlace.extend({
  childLocationState: UsState.nullable().default(null),
});

export const JoinGroupResult = z.discriminatedUnion("status", [
  z.object({ status: z.literal("joined"), seatsLeft: z.number().int() }),
  z.object({ status: z.literal("waitlisted"), position: z.number().int() }),
]);
