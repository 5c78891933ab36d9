/* X12 Remittance Advice Remark Codes (x12.org/codes/remittance-advice-remark-codes), wording shortened. */

export type RarcEntry = { description: string; plain: string };

export const RARC_TABLE: Readonly<Record<string, RarcEntry>> = {
  N3: {
    description: "Missing/incomplete/invalid consent form.",
    plain: "A consent form is missing or incomplete.",
  },
  N4: {
    description: "Missing/incomplete/invalid prior insurance carrier(s) EOB.",
    plain: "The other plan's explanation of benefits is missing.",
  },
  N19: {
    description: "Procedure code incidental to primary procedure.",
    plain: "This code is treated as part of the main service.",
  },
  N20: {
    description: "Service not payable with other service rendered on the same date.",
    plain: "The plan does not pay this with another service on the same day.",
  },
  N30: {
    description: "Patient ineligible for this service.",
    plain: "The child is not eligible for this service under the plan.",
  },
  N115: {
    description: "This decision was based on a Local Coverage Determination (LCD).",
    plain: "The plan followed a local coverage policy.",
  },
  N130: {
    description:
      "Consult plan benefit documents/guidelines for information about restrictions for this service.",
    plain: "The plan's benefit documents limit this service.",
  },
  N286: {
    description: "Missing/incomplete/invalid referring provider primary identifier.",
    plain: "The referring physician's NPI is missing or wrong.",
  },
  N290: {
    description: "Missing/incomplete/invalid rendering provider primary identifier.",
    plain: "The therapist's NPI is missing or wrong.",
  },
  N362: {
    description: "The number of days or units of service exceeds our acceptable maximum.",
    plain: "More units or days were billed than the plan allows.",
  },
  N425: {
    description: "Statutorily excluded service(s).",
    plain: "The law excludes this service from coverage.",
  },
  N432: {
    description: "Adjustment based on a Recovery Audit.",
    plain: "An audit changed this payment.",
  },
  N479: {
    description:
      "Missing Explanation of Benefits (Coordination of Benefits or Medicare Secondary Payer).",
    plain: "The primary plan's explanation of benefits is missing.",
  },
  N522: {
    description: "Duplicate of a claim processed, or to be processed, as a crossover claim.",
    plain: "This claim is already being handled as a crossover from another plan.",
  },
  N657: {
    description: "This should be billed with the appropriate code for these services.",
    plain: "Another code should be billed for this service.",
  },
  M15: {
    description:
      "Separately billed services/tests have been bundled as they are considered components of the same procedure.",
    plain: "Services billed separately were paid as one.",
  },
  M80: {
    description:
      "Not covered when performed during the same session/date as a previously processed service for the patient.",
    plain: "Not paid on the same day as another service already processed.",
  },
  M86: {
    description:
      "Service denied because payment already made for same/similar procedure within set time frame.",
    plain: "A similar service was already paid within the plan's time frame.",
  },
  MA04: {
    description:
      "Secondary payment cannot be considered without the identity of or payment information from the primary payer.",
    plain: "The secondary plan needs the primary plan's payment details.",
  },
  MA130: {
    description:
      "Your claim contains incomplete and/or invalid information, and no appeal rights are afforded because the claim is unprocessable.",
    plain: "The claim could not be processed; fix it and send a new claim.",
  },
};
