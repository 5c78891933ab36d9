import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { addDiagnosis } from "./add-diagnosis";
import {
  AddDiagnosisInput,
  ChildDiagnoses,
  ChildDiagnosesKey,
  Diagnosis,
  ListedDiagnoses,
  Ok,
  RemoveDiagnosisInput,
  ReorderDiagnosesInput,
  SearchDiagnosesInput,
} from "./diagnosis.contracts";
import { listDiagnoses } from "./list-diagnoses";
import { removeDiagnosis } from "./remove-diagnosis";
import { reorderDiagnoses } from "./reorder-diagnoses";
import { searchDiagnoses } from "./search-diagnoses";

// A guardian passes the signed-in guard and finds nothing: a child's chart is staff's to know of.
export const diagnosisRouter = createRouter({
  search: staffProcedure
    .input(SearchDiagnosesInput)
    .output(ListedDiagnoses)
    .query(({ input }) => searchDiagnoses(input)),
  list: signedInProcedure
    .input(ChildDiagnosesKey)
    .output(ChildDiagnoses)
    .query(({ ctx, input }) => listDiagnoses(ctx, input)),
  add: signedInProcedure
    .input(AddDiagnosisInput)
    .output(Diagnosis)
    .mutation(({ ctx, input }) => addDiagnosis(ctx, input)),
  remove: signedInProcedure
    .input(RemoveDiagnosisInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await removeDiagnosis(ctx, input), { ok: true as const })),
  reorder: signedInProcedure
    .input(ReorderDiagnosesInput)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await reorderDiagnoses(ctx, input), { ok: true as const }),
    ),
});
