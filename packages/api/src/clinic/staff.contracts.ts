import { z } from "zod";

import { UsState } from "@carryover/domain/clinic";
import { Role, TherapistCredential } from "@carryover/domain/identity";
import { Modality, SessionKind } from "@carryover/domain/scheduling";

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

/** An OT, or an OT assistant with the OT who supervises them. */
export const SetCredentialInput = UserId.extend({
  credential: TherapistCredential,
  supervisorId: z.uuid("Choose the supervising OT").optional(),
});
export type SetCredentialInput = z.infer<typeof SetCredentialInput>;

export const EndedSessions = z.object({ ended: z.number().int() });

/** `removed` is false when the person had no second factor to reset. */
export const ResetSecondFactors = z.object({ ok: z.literal(true), removed: z.boolean() });

export type UserId = z.infer<typeof UserId>;
export type UpdateLicencesInput = z.infer<typeof UpdateLicencesInput>;

/** A session of the person being deactivated, and who could take it over (licensed where the children are, free then). */
export const StaffSessionToHandOver = z.object({
  id: z.uuid(),
  start: z.date(),
  end: z.date(),
  timeZone: z.string(),
  modality: Modality,
  kind: SessionKind,
  sessionTypeName: z.string(),
  children: z.array(z.object({ childId: z.uuid(), firstName: z.string(), lastName: z.string() })),
  eligibleTherapistIds: z.array(z.uuid()),
});

export const DeactivationPreview = z.object({
  person: z.object({ userId: z.uuid(), name: z.string(), role: Role }),
  /** Why it cannot be done, in words; null when it can. */
  refusal: z.string().nullable(),
  sessions: z.array(StaffSessionToHandOver),
  /** More scheduled sessions than the list shows. */
  moreSessions: z.boolean(),
  therapists: z.array(z.object({ userId: z.uuid(), name: z.string() })),
});

export const DeactivateStaffInput = UserId.extend({
  /** Sessions to hand to another therapist; the rest stay listed on the deactivated person's calendar. */
  reassignments: z
    .array(z.object({ appointmentId: z.uuid(), therapistId: z.uuid("Choose a therapist") }))
    .max(200),
}).refine(
  (i) => new Set(i.reassignments.map((r) => r.appointmentId)).size === i.reassignments.length,
  { message: "Each session can go to one therapist only.", path: ["reassignments"] },
);

export const DeactivatedStaff = z.object({
  endedSignIns: z.number().int(),
  reassigned: z.number().int(),
  /** Scheduled sessions still on the deactivated person's calendar. */
  leftToHandle: z.number().int(),
});

export type DeactivateStaffInput = z.infer<typeof DeactivateStaffInput>;
