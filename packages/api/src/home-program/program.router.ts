import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { addObservation, listProgramObservations } from "./add-observation";
import { createProgram } from "./create-program";
import { getProgram } from "./get-program";
import { listProgramRevisions } from "./list-revisions";
import {
  ChildId,
  CreatedProgram,
  CreateProgramInput,
  Observation,
  ObservationInput,
  ObservationList,
  Ok,
  ProgramVersion,
  ProgramView,
  RevertInput,
  RevisionList,
  UpdateProgramInput,
} from "./program.contracts";
import { revertRevision } from "./revert-revision";
import { updateProgram } from "./update-program";
import { watchProgram } from "./watch-program";

export const programRouter = createRouter({
  get: signedInProcedure
    .input(ChildId)
    .output(ProgramView)
    .query(({ ctx, input }) => getProgram(ctx, input)),
  create: staffProcedure
    .input(CreateProgramInput)
    .output(CreatedProgram)
    .mutation(({ ctx, input }) => createProgram(ctx, input)),
  update: signedInProcedure
    .input(UpdateProgramInput)
    .output(ProgramVersion)
    .mutation(({ ctx, input }) => updateProgram(ctx, input)),
  history: signedInProcedure
    .input(ChildId)
    .output(RevisionList)
    .query(({ ctx, input }) => listProgramRevisions(ctx, input)),
  revert: staffProcedure
    .input(RevertInput)
    .output(Ok)
    .mutation(({ ctx, input }) => revertRevision(ctx, input)),
  observations: signedInProcedure
    .input(ChildId)
    .output(ObservationList)
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
