import { z } from "zod";

import { Modality, SessionKind } from "@carryover/domain/scheduling";

export const SessionType = z.object({
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

export const SessionTypeList = z.array(SessionType);
