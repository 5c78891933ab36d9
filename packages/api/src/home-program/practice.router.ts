import { createRouter, signedInProcedure } from "../trpc/init";
import { finishPractice } from "./finish-practice";
import { listOpenPractice } from "./list-open-practice";
import { listPractice } from "./list-practice";
import { logPractice } from "./log-practice";
import {
  FinishPracticeInput,
  LogPracticeInput,
  OpenPracticeList,
  PracticeFinished,
  PracticeLogged,
  PracticeLogList,
  PracticeRange,
  PracticeTapped,
  PracticeUndone,
  TapPracticeInput,
  TapUndone,
  UndoPracticeInput,
  UndoTapInput,
} from "./practice.contracts";
import { ChildId } from "./program.contracts";
import { tapPractice } from "./tap-practice";
import { undoPractice } from "./undo-practice";
import { undoTap } from "./undo-tap";

export const practiceRouter = createRouter({
  log: signedInProcedure
    .input(LogPracticeInput)
    .output(PracticeLogged)
    .mutation(({ ctx, input }) => logPractice(ctx, input)),
  list: signedInProcedure
    .input(PracticeRange)
    .output(PracticeLogList)
    .query(({ ctx, input }) => listPractice(ctx, input)),
  tap: signedInProcedure
    .input(TapPracticeInput)
    .output(PracticeTapped)
    .mutation(({ ctx, input }) => tapPractice(ctx, input)),
  untap: signedInProcedure
    .input(UndoTapInput)
    .output(TapUndone)
    .mutation(({ ctx, input }) => undoTap(ctx, input)),
  finish: signedInProcedure
    .input(FinishPracticeInput)
    .output(PracticeFinished)
    .mutation(({ ctx, input }) => finishPractice(ctx, input)),
  open: signedInProcedure
    .input(ChildId)
    .output(OpenPracticeList)
    .query(({ ctx, input }) => listOpenPractice(ctx, input)),
  undo: signedInProcedure
    .input(UndoPracticeInput)
    .output(PracticeUndone)
    .mutation(({ ctx, input }) => undoPractice(ctx, input)),
});
