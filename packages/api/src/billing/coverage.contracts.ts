import { z } from "zod";

import {
  COVERAGE_RANKS,
  GroupNumber,
  MemberId,
  PAYER_KINDS,
  PostalAddress,
  Sex,
  SEXES,
  SUBSCRIBER_RELATIONSHIPS,
} from "@carryover/domain/billing";
import { calendarDate } from "@carryover/domain/bounds";

export const CoverageChildKey = z.object({ childId: z.uuid("That child link is not valid") });
export type CoverageChildKey = z.infer<typeof CoverageChildKey>;

/** The child a coverage is for, as billing sees it: no more than a claim names, and who may subscribe. */
export const CoverageChild = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  guardians: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type CoverageChild = z.infer<typeof CoverageChild>;

const planDate = calendarDate("Enter the date as YYYY-MM-DD");
const birthDate = calendarDate("Enter the date of birth as YYYY-MM-DD");

/**
 * What the card says: the payer, the rank, the numbers, the child's sex, and where the subscriber
 * and child live.
 */
const CARD = {
  payerId: z.uuid("Choose the insurance company"),
  rank: z.enum(COVERAGE_RANKS, "Choose primary or secondary"),
  memberId: MemberId,
  groupNumber: GroupNumber.nullable(),
  patientSex: Sex.default("U"),
  ...PostalAddress.shape,
};

const PLAN = z.object({
  ...CARD,
  relationship: z.enum(SUBSCRIBER_RELATIONSHIPS, "Choose whose plan it is"),
  /** The guardian who holds the plan, when the child is on a guardian's plan. */
  subscriberGuardianId: z.uuid("Choose the guardian whose plan it is").nullable(),
  /** The guardian's date of birth; the child's own is on the child's record. */
  subscriberDateOfBirth: birthDate.nullable(),
  /** The guardian's sex; on the child's own plan, the child's (patientSex) is stored instead. */
  subscriberSex: Sex.default("U"),
  effectiveFrom: planDate,
  effectiveTo: planDate.nullable(),
});
type Plan = z.infer<typeof PLAN>;

const checkPlan = (plan: Plan, ctx: z.core.$RefinementCtx<Plan>) => {
  if (plan.relationship === "child" && plan.subscriberGuardianId === null)
    ctx.addIssue({
      code: "custom",
      path: ["subscriberGuardianId"],
      message: "Choose the guardian whose plan it is",
    });
  if (plan.relationship === "child" && plan.subscriberDateOfBirth === null)
    ctx.addIssue({
      code: "custom",
      path: ["subscriberDateOfBirth"],
      message: "Enter the date of birth of the guardian whose plan it is",
    });
  if (plan.effectiveTo !== null && plan.effectiveTo < plan.effectiveFrom)
    ctx.addIssue({
      code: "custom",
      path: ["effectiveTo"],
      message: "The plan ends on or after the day it starts",
    });
};

/** A plan billing staff enter on a child's coverage. */
export const NewCoverage = PLAN.extend(CoverageChildKey.shape).superRefine(checkPlan);
export type NewCoverage = z.infer<typeof NewCoverage>;

export const CoverageKey = z.object({ coverageId: z.uuid("Choose the plan") });
export type CoverageKey = z.infer<typeof CoverageKey>;

/** The whole plan as it should stand. */
export const CoverageChange = PLAN.extend(CoverageKey.shape).superRefine(checkPlan);
export type CoverageChange = z.infer<typeof CoverageChange>;

/** The plan's last day in force. */
export const CoverageEnd = CoverageKey.extend({ effectiveTo: planDate });
export type CoverageEnd = z.infer<typeof CoverageEnd>;

const day = z.iso.date();
const address = {
  addressLine1: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
};

/** A child's plan as billing staff keep it, with who entered it. */
export const ChildPlan = z.object({
  id: z.uuid(),
  payerId: z.uuid(),
  payerName: z.string(),
  payerKind: z.enum(PAYER_KINDS),
  rank: z.enum(COVERAGE_RANKS),
  memberId: z.string(),
  groupNumber: z.string().nullable(),
  relationship: z.enum(SUBSCRIBER_RELATIONSHIPS),
  subscriberGuardianId: z.uuid().nullable(),
  subscriberName: z.string(),
  subscriberDateOfBirth: day,
  subscriberSex: z.enum(SEXES),
  patientSex: z.enum(SEXES),
  ...address,
  effectiveFrom: day,
  effectiveTo: day.nullable(),
  /** Who entered the plan as it stands; `family` when a guardian of the child did, in the portal. */
  enteredBy: z.object({ name: z.string(), family: z.boolean() }).nullable(),
});
export type ChildPlan = z.infer<typeof ChildPlan>;
export const ChildPlanList = z.array(ChildPlan);

export const SavedCoverage = z.object({ id: z.uuid(), claimsRechecked: z.int() });

/**
 * A card a guardian enters or updates in the portal: a new plan (no coverageId) or one on file.
 * The subscriber is the child or the guardian entering it.
 */
export const FamilyCard = z
  .object({
    ...CARD,
    ...CoverageChildKey.shape,
    coverageId: z.uuid("Choose the plan").nullable(),
    whose: z.enum(["child", "mine"], "Choose whose plan it is"),
    subscriberDateOfBirth: birthDate.nullable(),
    /** The guardian's sex, when the plan is theirs ("mine"). */
    subscriberSex: Sex.default("U"),
    /** The plan's first day, when the card shows it; a new plan starts today otherwise. */
    effectiveFrom: planDate.nullable(),
  })
  .refine((card) => card.whose === "child" || card.subscriberDateOfBirth !== null, {
    path: ["subscriberDateOfBirth"],
    message: "Enter your date of birth",
  });
export type FamilyCard = z.infer<typeof FamilyCard>;

/** A plan as the family sees it: the member id masked, and no rule set or authorization. */
export const FamilyPlan = z.object({
  id: z.uuid(),
  payerId: z.uuid(),
  payerName: z.string(),
  rank: z.enum(COVERAGE_RANKS),
  /** The member id's last 4 characters only. */
  memberIdEnding: z.string(),
  groupNumber: z.string().nullable(),
  /** The child's own plan, the viewer's, or another guardian's. */
  whose: z.enum(["child", "mine", "other_guardian"]),
  subscriberName: z.string(),
  /** Only on the viewer's own plan. */
  subscriberDateOfBirth: day.nullable(),
  /** Only on the viewer's own plan. */
  subscriberSex: z.enum(SEXES).nullable(),
  patientSex: z.enum(SEXES),
  ...address,
  effectiveFrom: day,
  effectiveTo: day.nullable(),
});
export type FamilyPlan = z.infer<typeof FamilyPlan>;

export const FamilyCoverage = z.object({
  plans: z.array(FamilyPlan),
  /** The insurance companies the clinic bills, to choose from. */
  payers: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type FamilyCoverage = z.infer<typeof FamilyCoverage>;

export const CreatedCoverage = z.object({ id: z.uuid() });
