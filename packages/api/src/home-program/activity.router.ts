import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { ActivityVersion, CreateActivityInput, UpdateActivityInput } from "./activity.contracts";
import { createActivity } from "./create-activity";
import { updateActivity } from "./update-activity";

export const activityRouter = createRouter({
  create: staffProcedure
    .input(CreateActivityInput)
    .output(ActivityVersion)
    .mutation(({ ctx, input }) => createActivity(ctx, input)),
  update: signedInProcedure
    .input(UpdateActivityInput)
    .output(ActivityVersion)
    .mutation(({ ctx, input }) => updateActivity(ctx, input)),
});
