/**
 * What a payer did with a claim (835 CLP02, the Claim Status Codes of X12 005010X221A1), in words a
 * biller reads at a glance.
 */
const PAYMENT_STATUS_WORDS: Record<string, string> = {
  "1": "Paid as primary",
  "2": "Paid as secondary",
  "3": "Paid as tertiary",
  "4": "Denied",
  "19": "Paid as primary, sent on to the next payer",
  "20": "Paid as secondary, sent on to the next payer",
  "21": "Paid as tertiary, sent on to the next payer",
  "22": "Reversal of an earlier payment",
  "23": "Not our claim: sent on to another payer",
  "25": "Predetermination only: not paid",
};

export const describePaymentStatus = (status: string) =>
  PAYMENT_STATUS_WORDS[status] ?? `Status ${status}: see the payer's remittance advice`;

/**
 * A provider-level adjustment (835 PLB03-1, the Provider Adjustment Reason Codes) in words; a
 * positive amount is taken from the payment, a negative one added to it.
 */
const PROVIDER_ADJUSTMENT_WORDS: Record<string, string> = {
  "50": "Late charge",
  "51": "Interest penalty charge",
  "72": "Authorized return (a refund the clinic sent)",
  "90": "Early payment allowance",
  AH: "Origination fee",
  AM: "Applied to borrower's account",
  AP: "Acceleration of benefits",
  B2: "Rebate",
  B3: "Recovery allowance",
  BD: "Bad debt adjustment",
  BN: "Bonus",
  C5: "Temporary allowance",
  CR: "Capitation interest",
  CS: "Adjustment",
  CT: "Capitation payment",
  CV: "Capital passthru",
  CW: "Certified registered nurse anesthetist passthru",
  DM: "Direct medical education passthru",
  E3: "Withholding",
  FB: "Forwarding balance (an overpayment taken back or carried forward)",
  FC: "Fund allocation",
  GO: "Graduate medical education passthru",
  HM: "Hemophilia clotting factor supplement",
  IP: "Incentive premium payment",
  IR: "Internal Revenue Service withholding",
  IS: "Interim settlement",
  J1: "Nonreimbursable",
  L3: "Penalty",
  L6: "Interest owed",
  LE: "Levy",
  LS: "Lump sum",
  OA: "Organ acquisition passthru",
  OB: "Offset for affiliated providers",
  PI: "Periodic interim payment",
  PL: "Payment final",
  RA: "Retro-activity adjustment",
  RE: "Return on equity",
  SL: "Student loan repayment",
  TL: "Third party liability",
  WO: "Overpayment recovery",
  WU: "Unspecified recovery",
};

export const describeProviderAdjustment = (reason: string) =>
  PROVIDER_ADJUSTMENT_WORDS[reason] ?? `Adjustment ${reason}: see the payer's remittance advice`;
