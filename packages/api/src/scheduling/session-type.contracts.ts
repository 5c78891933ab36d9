import { z } from "zod";

import {
  CancellationPolicyText,
  Modality,
  SessionKind,
  SessionTypeChanges,
} from "@carryover/domain/scheduling";

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
  priceCents: z.number().int().nullable(),
});

export const SessionTypeList = z.array(SessionType);

export const UpdateSessionTypeInput = SessionTypeChanges.extend({
  sessionTypeId: z.uuid("That session type link is not valid"),
});

export const CancellationPolicy = z.object({ text: z.string() });
export const UpdateCancellationPolicyInput = z.object({ text: CancellationPolicyText });

export type SessionType = z.infer<typeof SessionType>;
export type UpdateSessionTypeInput = z.infer<typeof UpdateSessionTypeInput>;
export type UpdateCancellationPolicyInput = z.infer<typeof UpdateCancellationPolicyInput>;
