import {
  adjudicationOf,
  claimControlNumber,
  sexOf,
  splitName,
  type Claim837,
  type ClaimBatch837,
  type OtherPayer837,
  type PayerKind,
  type X12Person,
} from "@carryover/domain/billing";

import type { clinicBillingProfiles } from "../../schema";
import type { ClaimFileRow } from "./claim-file";
import type { OtherPayerRow } from "./secondary-claims";

const CLAIM_FILING_CODES: Record<Exclude<PayerKind, "self_pay">, "MC" | "CI" | "MB"> = {
  medicaid: "MC",
  commercial: "CI",
  medicare: "MB",
};

export function claimFilingCode(kind: PayerKind) {
  if (kind === "self_pay") throw new RangeError("Self-pay visits are not sent to a payer");
  return CLAIM_FILING_CODES[kind];
}

/** The child (patient) and the subscriber of a claim: the child, or a guardian at the same home. */
export function claimPartiesOf(row: ClaimFileRow): { patient: X12Person; subscriber: X12Person } {
  const address = {
    line1: row.address.line1 ?? "",
    city: row.address.city ?? "",
    state: row.address.state ?? "",
    zip: row.address.zip ?? "",
  };
  const patient: X12Person = {
    firstName: row.childFirstName,
    lastName: row.childLastName,
    dateOfBirth: row.childDateOfBirth,
    sex: sexOf(row.patientSex),
    address,
  };
  const subscriber: X12Person =
    row.relationship === "self"
      ? patient
      : {
          ...splitName(row.subscriberName),
          dateOfBirth: row.subscriberDateOfBirth,
          sex: sexOf(row.subscriberSex),
          address,
        };
  return { patient, subscriber };
}

/**
 * A secondary claim's primary, as the 837P writer takes it: the payer, its subscriber and what its
 * payments that stand did with the claim. A primary whose every payment was taken back has nothing
 * to carry: the claim cannot go to the secondary payer until it answers again.
 */
export function otherPayerOf(row: OtherPayerRow, controlNumber: string): OtherPayer837 {
  const lines = row.lines.map((line) => ({ ...line, serviceDate: row.serviceOn }));
  const adjudication = adjudicationOf(row.payments, lines);
  if (!adjudication)
    throw new Error(
      `${controlNumber} is billed to the secondary payer, but ${row.payerName} took back its payment of the primary claim`,
    );
  const subscriber =
    row.relationship === "self"
      ? { firstName: row.childFirstName, lastName: row.childLastName }
      : splitName(row.subscriberName);
  return {
    payer: {
      name: row.payerName,
      payerId: row.payerIdentifier ?? "",
      claimFilingCode: claimFilingCode(row.payerKind),
    },
    subscriber: { ...subscriber, memberId: row.memberId, groupNumber: row.groupNumber },
    relationship: row.relationship,
    adjudication,
  };
}

/** A claim as the 837P writer takes it: the child as patient under a guardian, or as subscriber. */
export function claim837Of(
  row: ClaimFileRow,
  taxonomy: string,
  otherPayer: OtherPayerRow | undefined = undefined,
): Claim837 {
  const { patient: child, subscriber } = claimPartiesOf(row);
  return {
    controlNumber: claimControlNumber(row.number),
    frequency: row.frequency,
    replacesPayerClaimNumber: row.replacesPayerClaimNumber,
    placeOfService: row.placeOfService,
    diagnoses: row.diagnoses,
    subscriber: { memberId: row.memberId, groupNumber: row.groupNumber, person: subscriber },
    patient: row.relationship === "self" ? null : { person: child, relationship: "child" },
    priorAuthorization: row.authorizationReference,
    referringProvider:
      row.referringName && row.referringNpi
        ? { ...splitName(row.referringName.replace(/,.*$/, "")), npi: row.referringNpi }
        : null,
    renderingProvider: {
      ...splitName(row.renderingName),
      npi: row.renderingNpi ?? "",
      taxonomy,
    },
    lines: row.lines.map((line) => ({
      code: line.code,
      modifiers: line.modifiers,
      chargeCents: line.cents,
      units: line.units,
      diagnosisPointers: line.diagnosisPointers,
      serviceDate: row.serviceOn,
    })),
    otherPayer: otherPayer ? otherPayerOf(otherPayer, claimControlNumber(row.number)) : null,
  };
}

export type BillingProfile = typeof clinicBillingProfiles.$inferSelect;

/** The batch's envelope and parties around its claims, as the 837P writer takes them. */
export function batch837Of(input: {
  profile: BillingProfile;
  payer: { name: string; payerId: string | null; kind: PayerKind };
  interchangeControlNumber: number;
  createdOn: string;
  createdAt: string;
  claims: ClaimFileRow[];
  /** The primaries of the secondary claims among them, by claim id (`readOtherPayers`). */
  otherPayers?: Map<string, OtherPayerRow>;
}): ClaimBatch837 {
  const { profile, payer } = input;
  return {
    interchangeControlNumber: input.interchangeControlNumber,
    createdOn: input.createdOn,
    createdAt: input.createdAt,
    usage: "P",
    submitter: {
      id: profile.submitterId,
      name: profile.legalName,
      contactName: profile.contactName,
      phone: profile.phone,
    },
    receiver: { id: profile.receiverId, name: profile.receiverName },
    billingProvider: {
      name: profile.legalName,
      npi: profile.npi,
      taxId: profile.taxId,
      taxonomy: profile.taxonomy,
      address: {
        line1: profile.addressLine1,
        city: profile.city,
        state: profile.state,
        zip: profile.zip,
      },
    },
    payer: {
      name: payer.name,
      payerId: payer.payerId ?? "",
      claimFilingCode: claimFilingCode(payer.kind),
    },
    claims: input.claims.map((row) =>
      claim837Of(row, profile.taxonomy, input.otherPayers?.get(row.id)),
    ),
  };
}
