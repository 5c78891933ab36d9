import { z } from "zod";

import { Role } from "@carryover/domain/identity";

export const Me = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: Role,
  clinicName: z.string(),
  clinicTimeZone: z.string(),
  idleTimeoutMinutes: z.number(),
});

export const EndedSessions = z.object({ ended: z.number().int() });
