import { z } from "zod";

import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { createGroup } from "./create-group";
import {
  CreateGroupInput,
  GroupList,
  GroupPlace,
  JoinGroupInput,
  JoinGroupResult,
} from "./group.contracts";
import { joinGroup } from "./join-group";
import { leaveGroup } from "./leave-group";
import { listGroups } from "./list-groups";

export const groupRouter = createRouter({
  list: signedInProcedure.output(GroupList).query(({ ctx }) => listGroups(ctx)),
  create: staffProcedure
    .input(CreateGroupInput)
    .output(
      z.object({
        appointmentId: z.uuid(),
        start: z.date(),
        end: z.date(),
        capacity: z.number().int(),
      }),
    )
    .mutation(({ ctx, input }) => createGroup(ctx, input)),
  join: signedInProcedure
    .input(JoinGroupInput)
    .output(JoinGroupResult)
    .mutation(({ ctx, input }) => joinGroup(ctx, input)),
  leave: signedInProcedure
    .input(GroupPlace)
    .output(z.object({ left: z.enum(["seat", "waitlist"]) }))
    .mutation(({ ctx, input }) => leaveGroup(ctx, input)),
});

export const waitlistRouter = createRouter({
  join: signedInProcedure
    .input(JoinGroupInput)
    .output(JoinGroupResult)
    .mutation(({ ctx, input }) => joinGroup(ctx, input, "wait_only")),
});
