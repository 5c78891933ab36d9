import { z } from "zod";

import { CLAIM_STATUSES } from "@carryover/domain/billing";
import { calendarDate } from "@carryover/domain/bounds";

import { BilledLine, ClaimFinding } from "./claim.contracts";

const day = z.iso.date();

/** Charges from `since` (default: the last 90 days). */
export const ChargeListInput = z
  .object({ since: calendarDate("Enter the date as YYYY-MM-DD").optional() })
  .optional();
export type ChargeListInput = z.infer<typeof ChargeListInput>;

export const ChargeReview = z.object({
  chargeId: z.uuid(),
  noteId: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  serviceOn: day,
  therapistName: z.string(),
  payerName: z.string().nullable(),
  lines: z.array(BilledLine),
  totalCents: z.int(),
  unassignedMinutes: z.int(),
  unpricedCodes: z.array(z.string()),
  recoded: z.boolean(),
  claimId: z.uuid().nullable(),
  claimStatus: z.enum(CLAIM_STATUSES).nullable(),
  /** Why the visit has no claim to a payer, when it has none. */
  billedTo: z.enum(["payer", "family"]),
});
export type ChargeReview = z.infer<typeof ChargeReview>;
export const ChargeReviewList = z.array(ChargeReview);

export const NoteBlockingClaims = z.object({
  noteId: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  serviceOn: day,
  findings: z.array(ClaimFinding),
});
export type NoteBlockingClaims = z.infer<typeof NoteBlockingClaims>;
export const NotesBlockingClaims = z.array(NoteBlockingClaims);

/** A visit given and billed nowhere yet, because its note is not signed: who, when, and why. */
export const VisitNotBilled = z.object({
  /** Null for a note written without a session. */
  appointmentId: z.uuid().nullable(),
  noteId: z.uuid().nullable(),
  at: z.date(),
  childId: z.uuid(),
  childName: z.string(),
  therapistName: z.string(),
  reason: z.enum(["no_note", "note_unsigned"]),
});
export const VisitsNotBilled = z.object({
  visits: z.array(VisitNotBilled),
  /** All such visits of the period, of which `visits` are the newest. */
  total: z.int(),
});
export type VisitsNotBilled = z.infer<typeof VisitsNotBilled>;
