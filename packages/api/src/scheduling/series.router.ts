import { createRouter, signedInProcedure } from "../trpc/init";
import { cancelSeries } from "./cancel-series";
import { createSeries } from "./create-series";
import { previewSeries } from "./preview-series";
import { rescheduleSeries } from "./reschedule-series";
import {
  CancelSeriesInput,
  CancelSeriesResult,
  CreateSeriesInput,
  CreateSeriesResult,
  PreviewSeriesInput,
  PreviewSeriesResult,
  RescheduleSeriesInput,
  RescheduleSeriesResult,
} from "./series.contracts";

export const seriesRouter = createRouter({
  preview: signedInProcedure
    .input(PreviewSeriesInput)
    .output(PreviewSeriesResult)
    .query(({ ctx, input }) => previewSeries(ctx, input)),
  create: signedInProcedure
    .input(CreateSeriesInput)
    .output(CreateSeriesResult)
    .mutation(({ ctx, input }) => createSeries(ctx, input)),
  cancel: signedInProcedure
    .input(CancelSeriesInput)
    .output(CancelSeriesResult)
    .mutation(({ ctx, input }) => cancelSeries(ctx, input)),
  reschedule: signedInProcedure
    .input(RescheduleSeriesInput)
    .output(RescheduleSeriesResult)
    .mutation(({ ctx, input }) => rescheduleSeries(ctx, input)),
});
