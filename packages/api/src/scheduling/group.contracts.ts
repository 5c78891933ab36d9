import { z } from "zod";

import { Moment } from "@carryover/domain/bounds";
import { UsState } from "@carryover/domain/clinic";
import { AgeRange, GroupName, GroupTopic, Modality } from "@carryover/domain/scheduling";

export const CreateGroupInput = z.object({
  therapistId: z.uuid("Choose a therapist"),
  sessionTypeId: z.uuid("Choose a group session type"),
  start: Moment,
  name: GroupName,
  topic: GroupTopic.nullable().default(null),
  /** The ages the group is meant for; families see them, and a child outside them can still ask to join. */
  ages: AgeRange.default({ min: null, max: null }),
});

/** A group's ages in whole years; null at an open end. */
export const GroupAges = z.object({
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
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

/** Where one of the family's children stands in a group. */
export const ChildPlace = z.discriminatedUnion("status", [
  z.object({ childId: z.uuid(), status: z.literal("seated") }),
  z.object({ childId: z.uuid(), status: z.literal("waiting"), position: z.number().int() }),
]);

export const GroupList = z.array(
  z.object({
    id: z.uuid(),
    start: z.date(),
    end: z.date(),
    timeZone: z.string(),
    modality: Modality,
    sessionTypeName: z.string(),
    /** Null only for groups opened before groups had names. */
    name: z.string().nullable(),
    topic: z.string().nullable(),
    ages: GroupAges,
    therapistId: z.uuid(),
    therapistName: z.string(),
    capacity: z.number().int(),
    seatsLeft: z.number().int(),
    waiting: z.number().int(),
    /** Only the caller's own children: a family never sees who else is in a group. */
    places: z.array(ChildPlace),
  }),
);

export const CreatedGroup = z.object({
  appointmentId: z.uuid(),
  start: z.date(),
  end: z.date(),
  capacity: z.number().int(),
  name: z.string(),
  topic: z.string().nullable(),
  ages: GroupAges,
});

export const LeftGroup = z.object({ left: z.enum(["seat", "waitlist"]) });

export type CreateGroupInput = z.infer<typeof CreateGroupInput>;
export type GroupPlace = z.infer<typeof GroupPlace>;
export type JoinGroupInput = z.infer<typeof JoinGroupInput>;
export type JoinGroupResult = z.infer<typeof JoinGroupResult>;
export type ChildPlace = z.infer<typeof ChildPlace>;
