import type { Weekday } from "@carryover/domain/scheduling";

import { createSeries } from "../services/series/create-series";
import { createRouter, signedInProcedure } from "../trpc/init";
import { CreateSeriesInput, CreateSeriesResult } from "./series.contracts";

export const seriesRouter = createRouter({
  create: signedInProcedure
    .input(CreateSeriesInput)
    .output(CreateSeriesResult)
    .mutation(({ ctx, input }) =>
      createSeries(ctx, { ...input, weekdays: input.weekdays as Weekday[] }),
    ),
});
