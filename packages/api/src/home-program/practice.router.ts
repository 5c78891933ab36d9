import { createRouter, signedInProcedure } from "../trpc/init";
import { listPractice } from "./list-practice";
import { logPractice } from "./log-practice";
import {
  LogPracticeInput,
  PracticeLogged,
  PracticeLogList,
  PracticeRange,
} from "./practice.contracts";

export const practiceRouter = createRouter({
  log: signedInProcedure
    .input(LogPracticeInput)
    .output(PracticeLogged)
    .mutation(({ ctx, input }) => logPractice(ctx, input)),
  list: signedInProcedure
    .input(PracticeRange)
    .output(PracticeLogList)
    .query(({ ctx, input }) => listPractice(ctx, input)),
});
