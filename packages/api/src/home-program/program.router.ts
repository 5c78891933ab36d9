import { z } from "zod";

import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { addObservation, listProgramObservations } from "./add-observation";
import { createActivity } from "./create-activity";
import { createProgram } from "./create-program";
import { getProgram } from "./get-program";
import { listProgramRevisions } from "./list-revisions";
import {
  ActivityVersion,
  ChildId,
  CreateActivityInput,
  CreateProgramInput,
  Observation,
  ObservationInput,
  ProgramView,
  RevertInput,
  Revision,
  UpdateActivityInput,
  UpdateProgramInput,
} from "./program.contracts";
import { revertRevision } from "./revert-revision";
import { updateActivity } from "./update-activity";
import { updateProgram } from "./update-program";
import { watchProgram } from "./watch-program";

const Ok = z.object({ ok: z.literal(true) });

export const programRouter = createRouter({
  get: signedInProcedure
    .input(ChildId)
    .output(ProgramView)
    .query(({ ctx, input }) => getProgram(ctx, input)),
  create: staffProcedure
    .input(CreateProgramInput)
    .output(z.object({ programId: z.uuid() }))
    .mutation(({ ctx, input }) => createProgram(ctx, input)),
  update: signedInProcedure
    .input(UpdateProgramInput)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) => updateProgram(ctx, input)),
  history: signedInProcedure
    .input(ChildId)
    .output(z.array(Revision))
    .query(({ ctx, input }) => listProgramRevisions(ctx, input)),
  revert: staffProcedure
    .input(RevertInput)
    .output(Ok)
    .mutation(({ ctx, input }) => revertRevision(ctx, input)),
  observations: signedInProcedure
    .input(ChildId)
    .output(z.array(Observation))
    .query(({ ctx, input }) => listProgramObservations(ctx, input)),
  observe: signedInProcedure
    .input(ObservationInput)
    .output(Observation)
    .mutation(({ ctx, input }) => addObservation(ctx, input)),
  /** Server-sent events: each committed change's revision id, so an open view refetches. */
  changes: signedInProcedure
    .input(ChildId)
    .subscription(({ ctx, input, signal }) => watchProgram(ctx, input, signal)),
});

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
