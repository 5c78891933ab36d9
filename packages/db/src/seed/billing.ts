import { asc, eq } from "drizzle-orm";

import type { PayerKind, PayerRuleSet } from "@carryover/domain/billing";
import { addDays, localDateOf } from "@carryover/domain/scheduling";

import type { Tx } from "../client";
import {
  authorizations,
  children,
  coverages,
  feeScheduleEntries,
  guardianLinks,
  payers,
  users,
} from "../schema";
import { seedDemoClaims, type DemoBillingClinic } from "./billing-claims";

/* The demo clinics' billing: payers with their rule sets and fee schedules, and every child's coverage. */

const TELEHEALTH_CODES = [
  "97530",
  "97535",
  "97110",
  "97112",
  "97165",
  "97166",
  "97168",
  "97550",
  "97551",
];

/** The clinic's standard charges, in cents per unit. */
const STANDARD_CHARGES: Record<string, number> = {
  "97530": 15_000,
  "97535": 14_500,
  "97533": 15_500,
  "97110": 13_000,
  "97112": 14_000,
  "97165": 21_000,
  "97166": 25_000,
  "97167": 29_000,
  "97168": 16_000,
  "97150": 6_000,
  "97550": 18_000,
  "97551": 9_000,
  "97552": 7_500,
};

type DemoPayer = {
  name: string;
  kind: PayerKind;
  payerId: string | null;
  address: { line1: string; city: string; state: string; zip: string } | null;
  rules: PayerRuleSet;
  /** What it pays, as a share of the standard charge. */
  feeShare: number;
};

const cmsRules: PayerRuleSet = {
  timedMethod: "cms",
  telehealth: { paidCodes: TELEHEALTH_CODES, placeOfService: "as_coded", modifier: "95" },
  habilitativeModifiers: true,
  visitLimitPerYear: null,
  priorAuthorization: { required: "never" },
  therapyThresholdCents: null,
};

/** A state Medicaid plan (EPSDT: authorization for every course of care; telehealth billed as POS 11 with GT). */
const medicaid = (name: string, payerId: string, state: string): DemoPayer => ({
  name,
  kind: "medicaid",
  payerId,
  address: { line1: "PO Box 19105", city: "Capital City", state, zip: "62794" },
  rules: {
    ...cmsRules,
    telehealth: { ...cmsRules.telehealth, placeOfService: "11", modifier: "GT" },
    habilitativeModifiers: false,
    priorAuthorization: { required: "always" },
  },
  feeShare: 0.55,
});

const DEMO_PAYERS = (medicaidName: string, medicaidId: string, state: string): DemoPayer[] => [
  medicaid(medicaidName, medicaidId, state),
  {
    name: "Blue Prairie PPO",
    kind: "commercial",
    payerId: "BPP01",
    address: { line1: "PO Box 7700", city: "Chicago", state: "IL", zip: "60680" },
    rules: {
      ...cmsRules,
      timedMethod: "ama",
      visitLimitPerYear: 40,
      priorAuthorization: { required: "after_visits", visits: 20 },
    },
    feeShare: 0.8,
  },
  {
    name: "Heartland Health Plan",
    kind: "commercial",
    payerId: "HHP22",
    address: { line1: "500 Commerce Dr", city: "Des Moines", state: "IA", zip: "50309" },
    rules: {
      ...cmsRules,
      telehealth: { ...cmsRules.telehealth, modifier: "none" },
      visitLimitPerYear: 30,
    },
    feeShare: 0.75,
  },
  {
    name: "Medicare Part B",
    kind: "medicare",
    payerId: "MCRB1",
    address: { line1: "PO Box 6475", city: "Indianapolis", state: "IN", zip: "46206" },
    rules: { ...cmsRules, therapyThresholdCents: 248_000 },
    feeShare: 0.6,
  },
  {
    name: "Self-pay",
    kind: "self_pay",
    payerId: null,
    address: null,
    rules: {
      ...cmsRules,
      telehealth: { ...cmsRules.telehealth, paidCodes: Object.keys(STANDARD_CHARGES) },
    },
    feeShare: 1,
  },
];

const MEDICAID_OF_STATE: Record<string, [string, string]> = {
  IL: ["Illinois Medicaid (HFS)", "ILMCD"],
  CA: ["Medi-Cal", "CAMCD"],
};

/**
 * Adds the demo payers, fee schedules and coverage to a clinic that has no payer yet: the children,
 * by first name, in turn on the state's Medicaid (their own membership, with an authorization — the
 * first one's about to run out: Eli's, Noah's) and on a guardian's commercial plan (Maya's); one
 * Medicaid child (Sofia) has a secondary plan.
 */
export async function seedDemoBilling(
  tx: Tx,
  clinic: DemoBillingClinic,
  now: Date,
): Promise<boolean> {
  const [existing] = await tx
    .select({ id: payers.id })
    .from(payers)
    .where(eq(payers.clinicId, clinic.id))
    .limit(1);
  // A clinic seeded before claims existed gets its claims now.
  if (existing) return seedDemoClaims(tx, clinic, now);
  const today = localDateOf(now, clinic.timeZone);
  const [medicaidName, medicaidId] = MEDICAID_OF_STATE[clinic.state] ?? ["State Medicaid", "STMCD"];
  const demoPayers = DEMO_PAYERS(medicaidName, medicaidId, clinic.state);
  const payerRows = await tx
    .insert(payers)
    .values(
      demoPayers.map((p) => ({
        clinicId: clinic.id,
        name: p.name,
        kind: p.kind,
        payerId: p.payerId,
        addressLine1: p.address?.line1 ?? null,
        city: p.address?.city ?? null,
        state: p.address?.state ?? null,
        zip: p.address?.zip ?? null,
        rules: p.rules,
      })),
    )
    .returning({ id: payers.id, name: payers.name });
  const payerIdOf = (name: string) => {
    const row = payerRows.find((p) => p.name === name);
    if (!row) throw new Error(`no demo payer ${name}`);
    return row.id;
  };
  await tx.insert(feeScheduleEntries).values([
    ...Object.entries(STANDARD_CHARGES).map(([code, cents]) => ({
      clinicId: clinic.id,
      payerId: null,
      code,
      cents,
    })),
    ...demoPayers.flatMap((p) =>
      Object.entries(STANDARD_CHARGES).map(([code, cents]) => ({
        clinicId: clinic.id,
        payerId: payerIdOf(p.name),
        code,
        cents: Math.round((cents * p.feeShare) / 5) * 5,
      })),
    ),
  ]);
  const kids = await tx
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
    })
    .from(children)
    .where(eq(children.clinicId, clinic.id))
    .orderBy(asc(children.firstName), asc(children.id))
    .then((rows) =>
      rows.filter((kid) => !clinic.outOfNetwork?.includes(`${kid.firstName} ${kid.lastName}`)),
    );
  const yearStart = `${today.slice(0, 4)}-01-01`;
  for (const [index, child] of kids.entries()) {
    const [guardian] = await tx
      .select({ id: users.id, name: users.name })
      .from(guardianLinks)
      .innerJoin(users, eq(users.id, guardianLinks.guardianId))
      .where(eq(guardianLinks.childId, child.id))
      .orderBy(asc(guardianLinks.createdAt))
      .limit(1);
    const onMedicaid = index % 2 === 0 || !guardian;
    const [coverage] = await tx
      .insert(coverages)
      .values(
        onMedicaid
          ? {
              clinicId: clinic.id,
              childId: child.id,
              payerId: payerIdOf(medicaidName),
              rank: "primary" as const,
              memberId: `${clinic.state}${String(48_210_000 + index * 7_919).padStart(10, "0")}`,
              relationship: "self" as const,
              subscriberName: `${child.firstName} ${child.lastName}`,
              subscriberDateOfBirth: child.dateOfBirth,
              ...homeOf(clinic, index),
              patientSex: index % 3 === 0 ? "M" : "F",
              effectiveFrom: yearStart,
            }
          : {
              clinicId: clinic.id,
              childId: child.id,
              payerId: payerIdOf(index % 4 === 1 ? "Blue Prairie PPO" : "Heartland Health Plan"),
              rank: "primary" as const,
              memberId: `XJH${String(552_100_000 + index * 104_729)}`,
              groupNumber: `GRP-${100 + index}`,
              relationship: "child" as const,
              subscriberGuardianId: guardian.id,
              subscriberName: guardian.name,
              subscriberDateOfBirth: addDays("1986-03-14", index * 211),
              ...homeOf(clinic, index),
              subscriberSex: "F",
              patientSex: index % 3 === 0 ? "M" : "F",
              effectiveFrom: yearStart,
            },
      )
      .returning({ id: coverages.id });
    if (!coverage || !onMedicaid) continue;
    // The first child's authorization runs out within days: the dashboard's warning has something to say.
    const endingSoon = index === 0;
    await tx.insert(authorizations).values({
      clinicId: clinic.id,
      coverageId: coverage.id,
      counts: "visits",
      approved: endingSoon ? 12 : 24,
      startsOn: addDays(today, endingSoon ? -170 : -60),
      endsOn: addDays(today, endingSoon ? 10 : 120),
      reference: `PA-${today.slice(0, 4)}-${String(3_100 + index)}`,
    });
    if (index === 2 && guardian)
      await tx.insert(coverages).values({
        clinicId: clinic.id,
        childId: child.id,
        payerId: payerIdOf("Heartland Health Plan"),
        rank: "secondary",
        memberId: `HHP${String(77_000_000 + index * 31)}`,
        groupNumber: "GRP-220",
        relationship: "child",
        subscriberGuardianId: guardian.id,
        subscriberName: guardian.name,
        subscriberDateOfBirth: "1984-09-30",
        ...homeOf(clinic, index),
        effectiveFrom: yearStart,
      });
  }
  await seedDemoClaims(tx, clinic, now);
  return true;
}

/** A family's street in the clinic's town, where the child lives with the subscriber. */
const homeOf = (clinic: DemoBillingClinic, index: number) => ({
  addressLine1: `${214 + index * 37} ${["Oak", "Birch", "Linden", "Cedar"][index % 4]} Street`,
  city: clinic.address.city,
  state: clinic.state,
  zip: clinic.address.zip,
});
