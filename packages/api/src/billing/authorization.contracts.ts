import { z } from "zod";

import { PAYER_KINDS } from "@carryover/domain/billing";
import { calendarDate, Moment, storableText } from "@carryover/domain/bounds";

export const ChildCoverageKey = z.object({ childId: z.uuid("That child link is not valid") });
export type ChildCoverageKey = z.infer<typeof ChildCoverageKey>;

const day = z.iso.date();

/** An authorization and where it stands: used (signed visits), booked, left, when it runs out. */
export const AuthorizationStanding = z.object({
  id: z.uuid(),
  counts: z.enum(["visits", "units"]),
  approved: z.int(),
  codes: z.array(z.string()).nullable(),
  startsOn: day,
  endsOn: day,
  reference: z.string().nullable(),
  used: z.int(),
  scheduled: z.int(),
  left: z.int(),
  leftAfterBooked: z.int(),
  runsOutOn: day,
  runsOutBy: z.enum(["exhausted", "expiry"]),
  daysLeft: z.int(),
  warn: z.boolean(),
  /** Booked sessions it will not pay for. */
  uncovered: z.array(z.object({ on: day, amount: z.int() })),
});
export type AuthorizationStanding = z.infer<typeof AuthorizationStanding>;

export const ChildCoverage = z.object({
  id: z.uuid(),
  rank: z.enum(["primary", "secondary"]),
  payerName: z.string(),
  payerKind: z.enum(PAYER_KINDS),
  memberId: z.string(),
  groupNumber: z.string().nullable(),
  relationship: z.enum(["self", "child"]),
  subscriberName: z.string(),
  effectiveFrom: day,
  effectiveTo: day.nullable(),
  authorizations: z.array(AuthorizationStanding),
});
export const ChildCoverageList = z.array(ChildCoverage);

/** A current authorization that needs renewing, with whose it is. */
export const AuthorizationRunningOut = AuthorizationStanding.extend({
  childId: z.uuid(),
  childName: z.string(),
  payerName: z.string(),
});
export type AuthorizationRunningOut = z.infer<typeof AuthorizationRunningOut>;
export const AuthorizationsRunningOut = z.array(AuthorizationRunningOut);

/** A session about to be booked: the child, its type and when it starts. */
export const BookingCoverageInput = z.object({
  childId: z.uuid("That child link is not valid"),
  sessionTypeId: z.uuid("Choose a session type"),
  start: Moment,
});
export type BookingCoverageInput = z.infer<typeof BookingCoverageInput>;

/**
 * Whether the child's plan pays for it. If not: its payer needs an authorization and none covers
 * the day, or the sessions booked before it use the one there is up.
 */
export const BookingCoverage = z.union([
  z.object({ covered: z.literal(true) }),
  z.object({
    covered: z.literal(false),
    reason: z.literal("none"),
    payerName: z.string(),
    on: day,
  }),
  z.object({
    covered: z.literal(false),
    reason: z.literal("used_up"),
    payerName: z.string(),
    on: day,
    authorization: z.object({
      counts: z.enum(["visits", "units"]),
      approved: z.int(),
      endsOn: day,
    }),
  }),
]);
export type BookingCoverage = z.infer<typeof BookingCoverage>;

const authorizationDate = calendarDate("Enter the date as YYYY-MM-DD");

/** An authorization the payer granted, entered from its letter or portal. */
export const NewAuthorization = z
  .object({
    coverageId: z.uuid("Choose the plan it is for"),
    counts: z.enum(["visits", "units"], "Choose visits or units"),
    approved: z
      .int("Enter a whole number")
      .min(1, "Enter how many the payer approved, 1 or more")
      .max(10_000, "Enter at most 10,000"),
    /** The codes it covers; none for all. */
    codes: z
      .array(z.string().regex(/^\d{5}$/, "Enter each code as 5 digits, like 97530"))
      .max(20, "List at most 20 codes")
      .optional(),
    startsOn: authorizationDate,
    endsOn: authorizationDate,
    reference: storableText(60, "Keep the reference under 60 characters")
      .pipe(z.string().trim())
      .optional(),
  })
  .refine((a) => a.endsOn >= a.startsOn, {
    message: "The last day comes on or after the first",
    path: ["endsOn"],
  });
export type NewAuthorization = z.infer<typeof NewAuthorization>;
export const CreatedAuthorization = z.object({ id: z.uuid(), claimsRechecked: z.int() });
