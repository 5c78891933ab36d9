import { createRouter, signedInProcedure } from "../trpc/init";
import { createGoal } from "./create-goal";
import {
  ChildGoalsInput,
  CreatedGoal,
  CreateGoalInput,
  GoalList,
  GoalVersion,
  SetGoalStateInput,
  UpdateGoalInput,
} from "./goal.contracts";
import { listGoals } from "./list-goals";
import { changeGoalState } from "./set-goal-state";
import { updateGoal } from "./update-goal";

export const goalRouter = createRouter({
  list: signedInProcedure
    .input(ChildGoalsInput)
    .output(GoalList)
    .query(({ ctx, input }) => listGoals(ctx, input)),
  create: signedInProcedure
    .input(CreateGoalInput)
    .output(CreatedGoal)
    .mutation(({ ctx, input }) => createGoal(ctx, input)),
  update: signedInProcedure
    .input(UpdateGoalInput)
    .output(GoalVersion)
    .mutation(({ ctx, input }) => updateGoal(ctx, input)),
  setState: signedInProcedure
    .input(SetGoalStateInput)
    .output(GoalVersion)
    .mutation(({ ctx, input }) => changeGoalState(ctx, input)),
});
