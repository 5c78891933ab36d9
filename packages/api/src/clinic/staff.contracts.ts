import { z } from "zod";

import { UsState } from "@carryover/domain/clinic";
import { Role } from "@carryover/domain/identity";

const StaffMember = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: Role,
  deactivatedAt: z.date().nullable(),
  joinedAt: z.date(),
  licenceStates: z.array(z.string()),
  openSessions: z.number().int(),
  /** Has an authenticator app or a passkey. */
  twoFactor: z.boolean(),
});

export const StaffList = z.array(StaffMember);

export const GuardianList = z.array(
  z.object({ userId: z.uuid(), name: z.string(), email: z.string(), twoFactor: z.boolean() }),
);

export const UserId = z.object({ userId: z.uuid() });

export const UpdateLicencesInput = UserId.extend({ states: z.array(UsState).max(51) });

export const Ok = z.object({ ok: z.literal(true) });

export const EndedSessions = z.object({ ended: z.number().int() });

/** `removed` is false when the person had no second factor to reset. */
export const ResetSecondFactors = z.object({ ok: z.literal(true), removed: z.boolean() });

export type UserId = z.infer<typeof UserId>;
export type UpdateLicencesInput = z.infer<typeof UpdateLicencesInput>;
