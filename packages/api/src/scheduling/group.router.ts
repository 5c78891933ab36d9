import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { createGroup } from "./create-group";
import {
  CreatedGroup,
  CreateGroupInput,
  GroupList,
  GroupPlace,
  JoinGroupInput,
  JoinGroupResult,
  LeftGroup,
} from "./group.contracts";
import { joinGroup } from "./join-group";
import { leaveGroup } from "./leave-group";
import { listGroups } from "./list-groups";

export const groupRouter = createRouter({
  list: signedInProcedure.output(GroupList).query(({ ctx }) => listGroups(ctx)),
  create: staffProcedure
    .input(CreateGroupInput)
    .output(CreatedGroup)
    .mutation(({ ctx, input }) => createGroup(ctx, input)),
  join: signedInProcedure
    .input(JoinGroupInput)
    .output(JoinGroupResult)
    .mutation(({ ctx, input }) => joinGroup(ctx, input)),
  leave: signedInProcedure
    .input(GroupPlace)
    .output(LeftGroup)
    .mutation(({ ctx, input }) => leaveGroup(ctx, input)),
});
