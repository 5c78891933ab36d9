import { z } from "zod";

import { calendarDate } from "@carryover/domain/bounds";
import { PersonName } from "@carryover/domain/identity";

export const CONSENT_KINDS = ["caregiver_training", "telehealth"] as const;
export const ConsentKind = z.enum(CONSENT_KINDS, "Choose caregiver training or telehealth");

const ChildId = z.uuid("That child link is not valid");

export const ConsentsKey = z.object({ childId: ChildId });
export type ConsentsKey = z.infer<typeof ConsentsKey>;

export const RecordConsentInput = z
  .object({
    childId: ChildId,
    kind: ConsentKind,
    /** The guardian who gave it, when they are linked to the child in Carryover. */
    givenByGuardianId: z.uuid("Choose one of the child's family members").optional(),
    /** Required when no guardian is chosen; otherwise the guardian's name. */
    givenByName: PersonName.optional(),
    givenOn: calendarDate("Enter the date consent was given as YYYY-MM-DD"),
  })
  .refine((input) => input.givenByGuardianId !== undefined || input.givenByName !== undefined, {
    message: "Enter who gave consent",
    path: ["givenByName"],
  });
export type RecordConsentInput = z.infer<typeof RecordConsentInput>;

export const RevokeConsentInput = z.object({
  childId: ChildId,
  consentId: z.uuid("That consent link is not valid"),
});
export type RevokeConsentInput = z.infer<typeof RevokeConsentInput>;

export const Consent = z.object({
  id: z.uuid(),
  kind: ConsentKind,
  givenByName: z.string(),
  givenByGuardianId: z.uuid().nullable(),
  givenOn: z.string(),
  recordedAt: z.date(),
  recordedByName: z.string().nullable(),
  /** Null while the consent stands. */
  revokedAt: z.date().nullable(),
});

export const ConsentList = z.array(Consent);
