import type { FamilyPlan } from "@carryover/api/contracts/coverage";

/** The card as a parent types it; "whose" is empty until they choose for a plan on another's name. */
export type FamilyCardDraft = {
  payerId: string;
  rank: FamilyPlan["rank"];
  memberId: string;
  groupNumber: string;
  whose: "" | "child" | "mine";
  patientSex: FamilyPlan["patientSex"];
  subscriberDateOfBirth: string;
  subscriberSex: NonNullable<FamilyPlan["subscriberSex"]>;
  addressLine1: string;
  city: string;
  state: string;
  zip: string;
  effectiveFrom: string;
};
export type FamilyCardField = keyof FamilyCardDraft;

type Address = Pick<FamilyPlan, "addressLine1" | "city" | "state" | "zip">;

/**
 * The form for a card on file (its member id typed again: the portal shows only its last 4
 * characters), or for a new card at the address on file.
 */
export function draftOfFamilyPlan(plan: FamilyPlan | null, home: Address | null): FamilyCardDraft {
  const address = plan ?? home;
  return {
    payerId: plan?.payerId ?? "",
    rank: plan?.rank ?? "primary",
    memberId: "",
    groupNumber: plan?.groupNumber ?? "",
    whose: plan?.whose === "other_guardian" ? "" : (plan?.whose ?? ""),
    patientSex: plan?.patientSex ?? "U",
    subscriberDateOfBirth: plan?.subscriberDateOfBirth ?? "",
    subscriberSex: plan?.subscriberSex ?? "U",
    addressLine1: address?.addressLine1 ?? "",
    city: address?.city ?? "",
    state: address?.state ?? "",
    zip: address?.zip ?? "",
    effectiveFrom: plan?.effectiveFrom ?? "",
  };
}

const orNull = (typed: string) => (typed.trim() === "" ? null : typed);

/** The draft as coverage.submitByFamily takes it, for the contract to check. */
export function familyCardInputOf(
  draft: FamilyCardDraft,
  key: { childId: string; coverageId: string | null },
) {
  return {
    ...key,
    payerId: draft.payerId,
    rank: draft.rank,
    memberId: draft.memberId,
    groupNumber: orNull(draft.groupNumber),
    whose: draft.whose,
    patientSex: draft.patientSex,
    subscriberDateOfBirth: draft.whose === "mine" ? orNull(draft.subscriberDateOfBirth) : null,
    subscriberSex: draft.whose === "mine" ? draft.subscriberSex : "U",
    addressLine1: draft.addressLine1,
    city: draft.city,
    state: draft.state,
    zip: draft.zip,
    effectiveFrom: orNull(draft.effectiveFrom),
  };
}

const FIELDS: readonly string[] = [
  "payerId",
  "rank",
  "memberId",
  "groupNumber",
  "whose",
  "patientSex",
  "subscriberDateOfBirth",
  "subscriberSex",
  "addressLine1",
  "city",
  "state",
  "zip",
  "effectiveFrom",
];

export const familyCardFieldOf = (path: string): FamilyCardField | null =>
  FIELDS.includes(path) ? (path as FamilyCardField) : null;
