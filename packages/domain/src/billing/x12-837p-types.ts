import type { Sex } from "./coverage-format";

/** What an 837P carries: a batch to one payer, its claims and their lines (`write837P`). */
export type X12Address = {
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  zip: string;
};
export type X12Person = {
  lastName: string;
  firstName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: Sex;
  address: X12Address;
};

export type ClaimLine837 = {
  code: string;
  modifiers: string[];
  chargeCents: number;
  units: number;
  /** 1-based positions in the claim's diagnoses, at most 4. */
  diagnosisPointers: number[];
  /** YYYY-MM-DD */
  serviceDate: string;
};

export type Claim837 = {
  /** The patient control number the payer sends back: our claim's number. */
  controlNumber: string;
  /** 1 original, 7 replacement, 8 void. */
  frequency: "1" | "7" | "8";
  /** The payer's claim number of the claim a replacement or void replaces. */
  replacesPayerClaimNumber?: string | null;
  placeOfService: string;
  /** ICD-10-CM codes, written with or without the dot; the first is the principal. */
  diagnoses: string[];
  subscriber: { memberId: string; groupNumber?: string | null; person: X12Person };
  /** The child, when a guardian is the subscriber; null when the child is the subscriber. */
  patient: { person: X12Person; relationship: "child" } | null;
  /** The payer's prior-authorization number (REF*G1), when one covers the visit. */
  priorAuthorization?: string | null;
  /** The physician who referred the child (2310A). */
  referringProvider?: { lastName: string; firstName: string; npi: string } | null;
  renderingProvider: { lastName: string; firstName: string; npi: string; taxonomy: string };
  lines: ClaimLine837[];
};

export type ClaimBatch837 = {
  /** ISA13: unique and increasing per sender, 1 to 999,999,999. */
  interchangeControlNumber: number;
  /** When the file is made: YYYY-MM-DD and HH:mm. */
  createdOn: string;
  createdAt: string;
  usage: "P" | "T";
  submitter: { id: string; name: string; contactName: string; phone: string };
  receiver: { id: string; name: string };
  billingProvider: {
    name: string;
    npi: string;
    taxId: string;
    taxonomy: string;
    address: X12Address;
  };
  /** The claim filing indicator (SBR09): MC Medicaid, CI commercial, MB Medicare Part B. */
  payer: { name: string; payerId: string; claimFilingCode: "MC" | "CI" | "MB" | "HM" | "BL" };
  claims: Claim837[];
};
