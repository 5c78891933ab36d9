import type { Sex } from "./coverage-format";
import type { AdjustmentGroup } from "./remittance";

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
  /** On a secondary claim: the primary payer and what it did with the claim (2320, 2330A/B, 2430). */
  otherPayer?: OtherPayer837 | null;
};

/** A CAS adjustment as a payer reported it: group, reason (CARC) and signed cents. */
export type AdjudicatedAdjustment = { group: AdjustmentGroup; reason: string; cents: number };

/** What a payer did with one of the claim's lines (2430). */
export type LineAdjudication = {
  /** The claim line it adjudicated, 0-based. */
  lineIndex: number;
  /** The line as the payer paid it: its code, modifiers and units (SVD03, SVD05). */
  code: string;
  modifiers: string[];
  units: number;
  paidCents: number;
  adjustments: AdjudicatedAdjustment[];
  /** YYYY-MM-DD: the remittance that last adjudicated the line (DTP*573). */
  adjudicatedOn: string;
};

/** A payer's adjudication of a claim, its payments net of reversals. */
export type ClaimAdjudication = {
  /** AMT*D: what the payer paid, lines included. */
  paidCents: number;
  /** Claim-level CAS (2320): the claim's own, and those of lines matching none of ours. */
  adjustments: AdjudicatedAdjustment[];
  /** AMT*EAF: the patient responsibility (PR) the payer left. */
  patientResponsibilityCents: number;
  payerClaimNumber: string | null;
  /** YYYY-MM-DD: its latest remittance. */
  adjudicatedOn: string;
  lines: LineAdjudication[];
};

/** The payer that adjudicated a claim before this one, with its subscriber (2320, 2330A, 2330B). */
export type OtherPayer837 = {
  payer: { name: string; payerId: string; claimFilingCode: ClaimFilingCode };
  subscriber: {
    memberId: string;
    groupNumber?: string | null;
    lastName: string;
    firstName: string;
  };
  /** The child's relationship to that plan's subscriber (SBR02: 18 self, 19 child). */
  relationship: "self" | "child";
  adjudication: ClaimAdjudication;
};

/** SBR09: MC Medicaid, CI commercial, MB Medicare Part B, HM an HMO, BL Blue Cross Blue Shield. */
export type ClaimFilingCode = "MC" | "CI" | "MB" | "HM" | "BL";

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
  payer: { name: string; payerId: string; claimFilingCode: ClaimFilingCode };
  claims: Claim837[];
};
