/*
 * X12 Claim Adjustment Reason Codes (x12.org/codes/claim-adjustment-reason-codes), wording
 * shortened; codes not in this table are shown by number with "See the payer's remittance advice."
 */

export const CARC_FIX_KINDS = [
  "authorization",
  "coverage",
  "coding",
  "documentation",
  "resubmit",
  "timely_filing",
  "family",
  "none",
] as const;
export type CarcFixKind = (typeof CARC_FIX_KINDS)[number];
export type CarcFix = { kind: CarcFixKind; words: string };
export type CarcEntry = { description: string; plain: string; fix: CarcFix };

export const SEE_REMITTANCE = "See the payer's remittance advice.";

const family: CarcFix = { kind: "family", words: "This is the family's share." };
const contracted: CarcFix = { kind: "none", words: "The contracted rate; nothing to do." };
const nothing: CarcFix = { kind: "none", words: "Nothing to do." };
const authorize: CarcFix = {
  kind: "authorization",
  words: "Add or renew the authorization, then send a corrected claim.",
};
const recode: CarcFix = {
  kind: "coding",
  words: "Check the code and modifiers against the note, then send a corrected claim.",
};
const checkCoverage: CarcFix = {
  kind: "coverage",
  words: "Check the child's coverage and bill the plan that covers this date.",
};
const sendRecords: CarcFix = {
  kind: "documentation",
  words: "Send the notes or records the payer asks for.",
};
const correctAndResend: CarcFix = {
  kind: "resubmit",
  words: "Correct what the remark codes name and send the claim again.",
};

export const CARC_TABLE: Readonly<Record<string, CarcEntry>> = {
  "1": {
    description: "Deductible amount.",
    plain: "The family's deductible: the plan pays after it is met.",
    fix: family,
  },
  "2": {
    description: "Coinsurance amount.",
    plain: "The family's coinsurance: their percentage of the allowed amount.",
    fix: family,
  },
  "3": {
    description: "Co-payment amount.",
    plain: "The family's copay for this visit.",
    fix: family,
  },
  "4": {
    description: "The procedure code is inconsistent with the modifier used.",
    plain: "The plan does not accept this code with these modifiers.",
    fix: recode,
  },
  "5": {
    description: "The procedure code is inconsistent with the place of service.",
    plain: "The plan does not pay this code where the visit took place (for example, telehealth).",
    fix: {
      kind: "coding",
      words: "Check the place of service and telehealth modifiers, then send a corrected claim.",
    },
  },
  "6": {
    description: "The procedure is inconsistent with the patient's age.",
    plain: "The plan does not pay this code for a child of this age.",
    fix: {
      kind: "coding",
      words: "Check the child's date of birth and the code, then send a corrected claim.",
    },
  },
  "8": {
    description: "The procedure code is inconsistent with the provider type/specialty (taxonomy).",
    plain: "The plan does not pay this code from this kind of provider.",
    fix: {
      kind: "coding",
      words: "Check the rendering provider's taxonomy on the claim, then send a corrected claim.",
    },
  },
  "11": {
    description: "The diagnosis is inconsistent with the procedure.",
    plain: "The plan does not pay this service for the diagnosis on the claim.",
    fix: {
      kind: "coding",
      words: "Check the diagnoses and their pointers, then send a corrected claim.",
    },
  },
  "15": {
    description:
      "The authorization number is missing, invalid, or does not apply to the billed services or provider.",
    plain: "The authorization number on the claim is missing or does not cover this service.",
    fix: {
      kind: "authorization",
      words: "Put the right authorization number on the claim and send a corrected claim.",
    },
  },
  "16": {
    description: "Claim/service lacks information or has submission/billing error(s).",
    plain: "Something on the claim is missing or wrong; the remark codes say what.",
    fix: correctAndResend,
  },
  "18": {
    description: "Exact duplicate claim/service.",
    plain: "The plan already has this claim or line.",
    fix: {
      kind: "none",
      words: "Nothing to do unless the first claim was never paid; then ask the payer.",
    },
  },
  "22": {
    description: "This care may be covered by another payer per coordination of benefits.",
    plain: "The plan thinks another plan should pay first.",
    fix: {
      kind: "coverage",
      words: "Check which plan is primary, bill it first, then send this plan its remittance.",
    },
  },
  "23": {
    description: "The impact of prior payer(s) adjudication including payments and/or adjustments.",
    plain: "What the first plan paid or adjusted was taken off here.",
    fix: nothing,
  },
  "24": {
    description: "Charges are covered under a capitation agreement/managed care plan.",
    plain: "The plan pays for this through a managed-care arrangement, not per visit.",
    fix: nothing,
  },
  "26": {
    description: "Expenses incurred prior to coverage.",
    plain: "The visit was before the child's coverage began.",
    fix: checkCoverage,
  },
  "27": {
    description: "Expenses incurred after coverage terminated.",
    plain: "The visit was after the child's coverage ended.",
    fix: checkCoverage,
  },
  "29": {
    description: "The time limit for filing has expired.",
    plain: "The claim reached the plan after its filing deadline.",
    fix: {
      kind: "timely_filing",
      words:
        "Send proof the claim was filed on time (a clearinghouse acceptance report), or write it off.",
    },
  },
  "31": {
    description: "Patient cannot be identified as our insured.",
    plain: "The plan cannot find the child on this policy.",
    fix: {
      kind: "coverage",
      words:
        "Check the member id, name and date of birth with the family's card, then send a corrected claim.",
    },
  },
  "32": {
    description: "Our records indicate the patient is not an eligible dependent.",
    plain: "The plan does not list the child as a dependent on this policy.",
    fix: {
      kind: "coverage",
      words: "Ask the family to add the child to the policy, or bill the plan that covers them.",
    },
  },
  "39": {
    description: "Services denied at the time authorization/pre-certification was requested.",
    plain: "The plan turned down the authorization for this service.",
    fix: {
      kind: "authorization",
      words: "Appeal the authorization denial, or tell the family before more visits.",
    },
  },
  "45": {
    description:
      "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.",
    plain:
      "The clinic's charge is above the plan's contracted rate; the difference is written off.",
    fix: contracted,
  },
  "50": {
    description:
      "These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
    plain: "The plan decided the visit was not medically necessary.",
    fix: {
      kind: "documentation",
      words: "Appeal with the plan of care, goals and progress notes showing medical necessity.",
    },
  },
  "55": {
    description: "Procedure/treatment/drug is deemed experimental/investigational by the payer.",
    plain: "The plan considers this treatment experimental and does not cover it.",
    fix: {
      kind: "documentation",
      words: "Appeal with evidence for the treatment, or tell the family it is not covered.",
    },
  },
  "59": {
    description: "Processed based on multiple or concurrent procedure rules.",
    plain: "The plan pays less when several procedures are done on the same day.",
    fix: nothing,
  },
  "94": {
    description: "Processed in excess of charges.",
    plain: "The plan paid more than the charge.",
    fix: nothing,
  },
  "96": {
    description: "Non-covered charge(s).",
    plain: "The plan does not cover this service; the remark codes say why.",
    fix: {
      kind: "coverage",
      words:
        "Read the remark codes; bill the family only if they agreed to pay for uncovered services.",
    },
  },
  "97": {
    description:
      "The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.",
    plain: "The plan paid for this as part of another service on the claim.",
    fix: {
      kind: "coding",
      words: "Check whether a modifier (like 59) applies; if not, nothing to do.",
    },
  },
  "100": {
    description: "Payment made to patient/insured/responsible party.",
    plain: "The plan paid the family instead of the clinic.",
    fix: { kind: "family", words: "Collect the payment from the family." },
  },
  "107": {
    description: "The related or qualifying claim/service was not identified on this claim.",
    plain: "This service depends on another one the plan has not seen.",
    fix: {
      kind: "resubmit",
      words: "Bill the qualifying service first, then send this claim again.",
    },
  },
  "109": {
    description:
      "Claim/service not covered by this payer/contractor. You must send the claim/service to the correct payer/contractor.",
    plain: "This plan is not the one to bill for this child or service.",
    fix: checkCoverage,
  },
  "119": {
    description: "Benefit maximum for this time period or occurrence has been reached.",
    plain: "The child has used all the visits the plan allows for this period.",
    fix: {
      kind: "coverage",
      words:
        "Check the visit limit; ask for more visits, bill another plan, or talk to the family.",
    },
  },
  "133": {
    description: "The disposition of this service line is pending further review.",
    plain: "The plan has not decided on this line yet.",
    fix: { kind: "none", words: "Wait for a later remittance." },
  },
  "140": {
    description: "Patient/Insured health identification number and name do not match.",
    plain: "The member id and the name on the claim do not match the plan's records.",
    fix: {
      kind: "coverage",
      words: "Check the member id and name with the family's card, then send a corrected claim.",
    },
  },
  "146": {
    description: "Diagnosis was invalid for the date(s) of service reported.",
    plain: "A diagnosis code on the claim was not valid on the visit date.",
    fix: {
      kind: "coding",
      words: "Use a current, complete ICD-10 code and send a corrected claim.",
    },
  },
  "150": {
    description: "Payer deems the information submitted does not support this level of service.",
    plain: "The plan decided the notes do not support this level of service.",
    fix: {
      kind: "documentation",
      words: "Appeal with the note, or correct the code if it was too high.",
    },
  },
  "151": {
    description:
      "Payer deems the information submitted does not support this many/frequency of services.",
    plain: "The plan decided the notes do not support this many units or visits.",
    fix: {
      kind: "documentation",
      words:
        "Check the units against the timed minutes; appeal with the notes or correct the units.",
    },
  },
  "167": {
    description: "This (these) diagnosis(es) is (are) not covered.",
    plain: "The plan does not cover treatment for this diagnosis.",
    fix: {
      kind: "coding",
      words: "Check the diagnoses and their order; appeal or tell the family.",
    },
  },
  "170": {
    description: "Payment is denied when performed/billed by this type of provider.",
    plain: "The plan does not pay this kind of provider for this service.",
    fix: { kind: "coverage", words: "Check the provider's enrollment and taxonomy with the plan." },
  },
  "177": {
    description: "Patient has not met the required eligibility requirements.",
    plain: "The child did not meet the plan's requirements for this service.",
    fix: checkCoverage,
  },
  "181": {
    description: "Procedure code was invalid on the date of service.",
    plain: "The procedure code was not valid on the visit date.",
    fix: {
      kind: "coding",
      words: "Use the code in effect on that date and send a corrected claim.",
    },
  },
  "182": {
    description: "Procedure modifier was invalid on the date of service.",
    plain: "A modifier on the line was not valid on the visit date.",
    fix: { kind: "coding", words: "Fix the modifier and send a corrected claim." },
  },
  "183": {
    description: "The referring provider is not eligible to refer the service billed.",
    plain: "The plan does not accept the referring physician on the claim.",
    fix: {
      kind: "documentation",
      words: "Check the referral and the referring physician's NPI, then send a corrected claim.",
    },
  },
  "185": {
    description: "The rendering provider is not eligible to perform the service billed.",
    plain: "The plan does not have the therapist on the claim enrolled for this service.",
    fix: {
      kind: "coverage",
      words: "Check the therapist's enrollment with the plan, then send a corrected claim.",
    },
  },
  "189": {
    description:
      "'Not otherwise classified' or 'unlisted' procedure code was billed when there is a specific procedure code for this procedure/service.",
    plain: "An unlisted code was billed where a specific code exists.",
    fix: recode,
  },
  "197": {
    description: "Precertification/notification/authorization/pre-treatment absent.",
    plain: "The plan needed an authorization for this visit and has none on file.",
    fix: authorize,
  },
  "198": {
    description: "Precertification/notification/authorization/pre-treatment exceeded.",
    plain: "The visit went past what the authorization allows (visits, units or dates).",
    fix: authorize,
  },
  "199": {
    description: "Revenue code and procedure code do not match.",
    plain: "Two codes on the line do not go together.",
    fix: recode,
  },
  "200": {
    description: "Expenses incurred during lapse in coverage.",
    plain: "The child's coverage had lapsed on the visit date.",
    fix: checkCoverage,
  },
  "204": {
    description:
      "This service/equipment/drug is not covered under the patient's current benefit plan.",
    plain: "The child's plan does not include this service.",
    fix: {
      kind: "coverage",
      words: "Tell the family; bill another plan or the family if they agreed to pay.",
    },
  },
  "208": {
    description: "National Provider Identifier - not matched.",
    plain: "The plan does not recognize an NPI on the claim.",
    fix: {
      kind: "resubmit",
      words: "Check the clinic's and therapist's NPIs, then send a corrected claim.",
    },
  },
  "222": {
    description:
      "Exceeds the contracted maximum number of hours/days/units by this provider for this period.",
    plain: "The clinic billed more units than its contract allows for the period.",
    fix: nothing,
  },
  "226": {
    description:
      "Information requested from the billing/rendering provider was not provided or not provided timely or was insufficient/incomplete.",
    plain: "The plan asked the clinic for information and did not get it.",
    fix: sendRecords,
  },
  "227": {
    description:
      "Information requested from the patient/insured/responsible party was not provided or was insufficient/incomplete.",
    plain: "The plan asked the family for information (often other insurance) and did not get it.",
    fix: { kind: "family", words: "Ask the family to answer the plan, then send the claim again." },
  },
  "234": {
    description: "This procedure is not paid separately.",
    plain: "The plan does not pay this code on its own.",
    fix: nothing,
  },
  "236": {
    description:
      "This procedure or procedure/modifier combination is not compatible with another procedure or procedure/modifier combination provided on the same day according to the National Correct Coding Initiative.",
    plain: "The plan bundles this code with another one billed the same day.",
    fix: {
      kind: "coding",
      words:
        "If the services were separate, add the right modifier (59 or X) and send a corrected claim.",
    },
  },
  "242": {
    description: "Services not provided by network/primary care providers.",
    plain: "The clinic is out of network for this plan.",
    fix: {
      kind: "coverage",
      words:
        "Check the family's out-of-network benefits or ask the plan for a single-case agreement.",
    },
  },
  "252": {
    description: "An attachment/other documentation is required to adjudicate this claim/service.",
    plain: "The plan needs records before it can pay.",
    fix: sendRecords,
  },
  "253": {
    description: "Sequestration - reduction in federal payment.",
    plain: "A federal payment reduction required by law.",
    fix: nothing,
  },
  "256": {
    description: "Service not payable per managed care contract.",
    plain: "The clinic's contract with the plan does not pay this service.",
    fix: nothing,
  },
  "272": {
    description: "Coverage/program guidelines were not met.",
    plain: "The service did not meet the plan's coverage rules.",
    fix: {
      kind: "documentation",
      words: "Read the remark codes; appeal with the notes if the rules were met.",
    },
  },
  "273": {
    description: "Coverage/program guidelines were exceeded.",
    plain: "The service went past the plan's limits.",
    fix: {
      kind: "coverage",
      words: "Check the plan's limits; ask for more or talk to the family.",
    },
  },
  B7: {
    description:
      "This provider was not certified/eligible to be paid for this procedure/service on this date of service.",
    plain: "The plan did not have the provider enrolled on the visit date.",
    fix: { kind: "coverage", words: "Check the provider's enrollment dates with the plan." },
  },
  B9: {
    description: "Patient is enrolled in a Hospice.",
    plain: "The child is enrolled in hospice, which covers this care.",
    fix: checkCoverage,
  },
  B11: {
    description:
      "The claim/service has been transferred to the proper payer/processor for processing.",
    plain: "The plan sent the claim on to the plan that should pay it.",
    fix: { kind: "none", words: "Wait for the other plan's remittance." },
  },
  B12: {
    description: "Services not documented in patient's medical records.",
    plain: "The plan did not find this service in the records it reviewed.",
    fix: sendRecords,
  },
  B13: {
    description:
      "Previously paid. Payment for this claim/service may have been provided in a previous payment.",
    plain: "The plan already paid this in an earlier remittance.",
    fix: { kind: "none", words: "Find the earlier payment; nothing to do." },
  },
  B15: {
    description:
      "This service/procedure requires that a qualifying service/procedure be received and covered.",
    plain: "This service is paid only after a qualifying service (often an evaluation) is paid.",
    fix: {
      kind: "resubmit",
      words: "Bill the qualifying service first, then send this claim again.",
    },
  },
  B16: {
    description: "'New Patient' qualifications were not met.",
    plain: "The child does not count as a new patient for this code.",
    fix: recode,
  },
};
