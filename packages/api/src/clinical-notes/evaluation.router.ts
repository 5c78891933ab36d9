import { createRouter, signedInProcedure } from "../trpc/init";
import { createEvaluation } from "./create-evaluation";
import {
  ComplexitySuggestionAnswer,
  CreatedEvaluation,
  CreateEvaluationInput,
  EvaluationChildId,
  EvaluationList,
  EvaluationNoteId,
} from "./evaluation.contracts";
import { listEvaluations } from "./list-evaluations";
import { suggestEvaluationComplexity } from "./suggest-complexity";

export const evaluationRouter = createRouter({
  create: signedInProcedure
    .input(CreateEvaluationInput)
    .output(CreatedEvaluation)
    .mutation(({ ctx, input }) => createEvaluation(ctx, input)),
  suggestComplexity: signedInProcedure
    .input(EvaluationNoteId)
    .output(ComplexitySuggestionAnswer)
    .query(({ ctx, input }) => suggestEvaluationComplexity(ctx, input)),
  list: signedInProcedure
    .input(EvaluationChildId)
    .output(EvaluationList)
    .query(({ ctx, input }) => listEvaluations(ctx, input)),
});
