import type { ChildPlan } from "@carryover/api/contracts/coverage";

/** A plan's form as typed; "whose" is "child" for the child's own plan, else the guardian's id. */
export type CoverageDraft = {
  payerId: string;
  rank: ChildPlan["rank"];
  memberId: string;
  groupNumber: string;
  whose: string;
  patientSex: ChildPlan["patientSex"];
  subscriberDateOfBirth: string;
  subscriberSex: ChildPlan["subscriberSex"];
  addressLine1: string;
  city: string;
  state: string;
  zip: string;
  effectiveFrom: string;
  effectiveTo: string;
};
export type CoverageField = keyof CoverageDraft;

/** A sex as a card states it, in the words a form offers. */
export const SEX_OPTIONS = [
  { value: "F", label: "Female" },
  { value: "M", label: "Male" },
  { value: "U", label: "Not given" },
];

type Address = Pick<ChildPlan, "addressLine1" | "city" | "state" | "zip">;

/** The draft of a plan on file, or of a new one at the family's address on file. */
export function draftOfPlan(plan: ChildPlan | null, home: Address | null): CoverageDraft {
  const address = plan ?? home;
  return {
    payerId: plan?.payerId ?? "",
    rank: plan?.rank ?? "primary",
    memberId: plan?.memberId ?? "",
    groupNumber: plan?.groupNumber ?? "",
    whose: plan?.subscriberGuardianId ?? "child",
    patientSex: plan?.patientSex ?? "U",
    subscriberDateOfBirth: plan?.relationship === "child" ? plan.subscriberDateOfBirth : "",
    subscriberSex: plan?.relationship === "child" ? plan.subscriberSex : "U",
    addressLine1: address?.addressLine1 ?? "",
    city: address?.city ?? "",
    state: address?.state ?? "",
    zip: address?.zip ?? "",
    effectiveFrom: plan?.effectiveFrom ?? "",
    effectiveTo: plan?.effectiveTo ?? "",
  };
}

const orNull = (typed: string) => (typed.trim() === "" ? null : typed);

/** The draft as coverage.create and coverage.update take it (without the child or plan key). */
export function coverageInputOf(draft: CoverageDraft) {
  const ownPlan = draft.whose === "child";
  return {
    payerId: draft.payerId,
    rank: draft.rank,
    memberId: draft.memberId,
    groupNumber: orNull(draft.groupNumber),
    relationship: ownPlan ? ("self" as const) : ("child" as const),
    subscriberGuardianId: ownPlan ? null : draft.whose,
    patientSex: draft.patientSex,
    subscriberDateOfBirth: ownPlan ? null : orNull(draft.subscriberDateOfBirth),
    subscriberSex: ownPlan ? "U" : draft.subscriberSex,
    addressLine1: draft.addressLine1,
    city: draft.city,
    state: draft.state,
    zip: draft.zip,
    effectiveFrom: draft.effectiveFrom,
    effectiveTo: orNull(draft.effectiveTo),
  };
}

const FIELDS: readonly string[] = [
  "payerId",
  "rank",
  "memberId",
  "groupNumber",
  "patientSex",
  "subscriberDateOfBirth",
  "subscriberSex",
  "addressLine1",
  "city",
  "state",
  "zip",
  "effectiveFrom",
  "effectiveTo",
];

/** The form field an input path's message goes under. */
export function coverageFieldOf(path: string): CoverageField | null {
  if (path === "relationship" || path === "subscriberGuardianId") return "whose";
  return FIELDS.includes(path) ? (path as CoverageField) : null;
}
