import { z } from "zod";

import { Modality, SessionKind } from "@carryover/domain/scheduling";

import { createRouter, signedInProcedure } from "../trpc/init";
import { listSessionTypes } from "./list-session-types";
import { listTherapists } from "./list-therapists";

const SessionType = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: SessionKind,
  durationMinutes: z.number().int(),
  modality: Modality,
  capacity: z.number().int(),
  minimumNoticeMinutes: z.number().int(),
  maximumAdvanceDays: z.number().int(),
  cancellationWindowHours: z.number().int(),
});

export const sessionTypeRouter = createRouter({
  list: signedInProcedure.output(z.array(SessionType)).query(({ ctx }) => listSessionTypes(ctx)),
});

export const therapistRouter = createRouter({
  list: signedInProcedure
    .output(z.array(z.object({ id: z.uuid(), name: z.string() })))
    .query(({ ctx }) => listTherapists(ctx)),
});
