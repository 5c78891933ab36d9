import type { Weekday } from "@carryover/domain/scheduling";

import { cancelSeries } from "../services/series/cancel-series";
import { createSeries } from "../services/series/create-series";
import { rescheduleSeries } from "../services/series/reschedule-series";
import { createRouter, signedInProcedure } from "../trpc/init";
import {
  CancelSeriesInput,
  CancelSeriesResult,
  CreateSeriesInput,
  CreateSeriesResult,
  RescheduleSeriesInput,
  RescheduleSeriesResult,
} from "./series.contracts";

export const seriesRouter = createRouter({
  create: signedInProcedure
    .input(CreateSeriesInput)
    .output(CreateSeriesResult)
    .mutation(({ ctx, input }) =>
      createSeries(ctx, { ...input, weekdays: input.weekdays as Weekday[] }),
    ),
  cancel: signedInProcedure
    .input(CancelSeriesInput)
    .output(CancelSeriesResult)
    .mutation(({ ctx, input }) => cancelSeries(ctx, input)),
  reschedule: signedInProcedure
    .input(RescheduleSeriesInput)
    .output(RescheduleSeriesResult)
    .mutation(({ ctx, input }) => rescheduleSeries(ctx, input)),
});
