import { z } from "zod";

import { createGroup } from "../services/groups/create-group";
import { joinGroup } from "../services/groups/join-group";
import { leaveGroup } from "../services/groups/leave-group";
import { listGroups } from "../services/groups/list-groups";
import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  CreateGroupInput,
  GroupList,
  GroupPlace,
  JoinGroupInput,
  JoinGroupResult,
} from "./group.contracts";

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
