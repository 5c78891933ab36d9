import { progressReportStatus } from "../clinical-notes/documentation-due";
import { isValidNpi } from "../clinical-notes/npi";
import { isCalendarDate } from "../scheduling/calendar-date";
import { CAREGIVER_CODES, codeEncounter } from "./code-encounter";
import type { ClaimFacts, ScrubberEdit, ScrubberFinding } from "./scrubber-facts";

/**
 * The claim scrubber: a claim is ready only when every edit passes. Each edit is a pure function of
 * what the claim and its chart say on the date of service, and each failure says in plain words what
 * is wrong and how to fix it. Dates are calendar days written YYYY-MM-DD.
 */
export {
  CLINICIAN_EDITS,
  SCRUBBER_EDITS,
  type ClaimFacts,
  type ScrubberEdit,
  type ScrubberFinding,
} from "./scrubber-facts";

type Edit = (claim: ClaimFacts) => ScrubberFinding | null;

const EVALUATION_CODES = ["97165", "97166", "97167"];
const REEVALUATION_CODE = "97168";
const CAREGIVER_ONLY = Object.values(CAREGIVER_CODES) as string[];

const finding = (edit: ScrubberEdit, problem: string, fix: string): ScrubberFinding => ({
  edit,
  problem,
  fix,
});

const codesOf = (claim: ClaimFacts) => claim.lines.map((line) => line.code);
const listed = (codes: string[]) => codes.join(", ");

const noteSigned: Edit = (claim) =>
  claim.noteSigned
    ? null
    : finding(
        "note_unsigned",
        "The visit note is not signed.",
        "Ask the therapist to sign the note.",
      );

const memberId: Edit = (claim) =>
  claim.memberId?.trim()
    ? null
    : finding(
        "member_id_missing",
        "The child's coverage has no member ID.",
        "Add the member ID from the insurance card to the child's coverage.",
      );

const npis: Edit = (claim) => {
  const missing = [
    claim.renderingNpi && isValidNpi(claim.renderingNpi) ? null : "the therapist's",
    claim.billingNpi && isValidNpi(claim.billingNpi) ? null : "the clinic's",
  ].filter((who) => who !== null);
  return missing.length === 0
    ? null
    : finding(
        "npi_missing",
        `${capitalized(missing.join(" and "))} NPI is missing or not valid.`,
        "Enter the 10-digit NPI in Settings (staff for a therapist, clinic for the clinic).",
      );
};

const diagnosis: Edit = (claim) =>
  claim.diagnosisCodes.length > 0
    ? null
    : finding(
        "diagnosis_missing",
        "The claim has no diagnosis.",
        "Add the child's treatment diagnosis (ICD-10-CM) on the chart.",
      );

/** An evaluation comes before the plan of care it leads to, and starts the count of visits. */
const isEvaluationOnly = (claim: ClaimFacts) =>
  codesOf(claim).every((code) => EVALUATION_CODES.includes(code));

const planOfCare: Edit = (claim) => {
  if (isEvaluationOnly(claim)) return null;
  const plan = claim.planOfCare;
  const day = claim.dateOfService;
  if (!plan || plan.startsOn > day)
    return finding(
      "plan_of_care_missing",
      `No plan of care covers ${day}.`,
      "Write the plan of care from the evaluation, or check the date of service.",
    );
  if (plan.endsOn < day)
    return finding(
      "plan_of_care_expired",
      `The plan of care ended on ${plan.endsOn}, before this visit.`,
      "Recertify the plan of care and send it to the physician to sign.",
    );
  if (plan.certifiedOn === null || plan.certifiedOn > day)
    return finding(
      "plan_of_care_uncertified",
      `The plan of care was not certified by the physician on ${day}.`,
      "Send the plan of care to the referring physician, or record the signed copy.",
    );
  return null;
};

const progressReport: Edit = (claim) =>
  !isEvaluationOnly(claim) &&
  progressReportStatus(claim.visitsSinceProgressReport).state === "overdue"
    ? finding(
        "progress_report_overdue",
        `The progress report is overdue: this is visit ${claim.visitsSinceProgressReport} since the last one.`,
        "Write and sign the progress report before billing more visits.",
      )
    : null;

/** What this claim uses of an authorization: one visit, or the units of the codes it covers. */
function authorizationNeed(
  claim: ClaimFacts,
  current: NonNullable<ClaimFacts["authorization"]["current"]>,
) {
  if (current.counts === "visits") return 1;
  return claim.lines
    .filter((line) => current.codes === null || current.codes.includes(line.code))
    .reduce((sum, line) => sum + line.units, 0);
}

const authorization: Edit = (claim) => {
  const { required, current } = claim.authorization;
  if (!required) return null;
  if (!current)
    return finding(
      "authorization_missing",
      "The payer needs a prior authorization and none is on file.",
      "Request the authorization from the payer and enter it on the child's coverage.",
    );
  const day = claim.dateOfService;
  if (day < current.startsOn || day > current.endsOn)
    return finding(
      "authorization_expired",
      `The authorization runs ${current.startsOn} to ${current.endsOn}, which leaves out ${day}.`,
      "Request a new authorization from the payer for this period.",
    );
  const need = authorizationNeed(claim, current);
  if (need > current.left)
    return finding(
      "authorization_exhausted",
      `The authorization has ${current.left} ${current.counts} left and this claim needs ${need}.`,
      "Ask the payer to extend the authorization, or bill what it still covers.",
    );
  return null;
};

const visitLimit: Edit = ({ visitLimit: { perYear, billedThisYear } }) =>
  perYear === null || billedThisYear < perYear
    ? null
    : finding(
        "visit_limit_reached",
        `The payer pays for ${perYear} visits a year, and ${billedThisYear} are already billed this year.`,
        "Ask the payer for more visits, or bill the secondary plan or the family.",
      );

const caregiverConsent: Edit = (claim) => {
  const caregiverCodes = codesOf(claim).filter((code) => CAREGIVER_ONLY.includes(code));
  return caregiverCodes.length === 0 || claim.caregiverConsentOnFile
    ? null
    : finding(
        "caregiver_consent_missing",
        `Caregiver training without the child (${listed(caregiverCodes)}) needs the guardian's consent on file.`,
        "Have a guardian sign the caregiver-training consent in the family portal.",
      );
};

const telehealth: Edit = (claim) => {
  if (claim.modality !== "telehealth") return null;
  const unpaid = codesOf(claim).filter((code) => !claim.payerTelehealthCodes.includes(code));
  return unpaid.length === 0
    ? null
    : finding(
        "not_paid_by_telehealth",
        `This payer does not pay ${listed(unpaid)} by telehealth.`,
        "Bill the visit as in person if it was, or remove those lines.",
      );
};

const reevaluationSameDay: Edit = (claim) => {
  const codes = [...codesOf(claim), ...claim.billedSameDay];
  return codes.includes(REEVALUATION_CODE) && codes.some((code) => EVALUATION_CODES.includes(code))
    ? finding(
        "reevaluation_same_day_as_evaluation",
        "A re-evaluation (97168) is billed on the same day as an evaluation.",
        "Bill only the evaluation for this day.",
      )
    : null;
};

const unitsSupported: Edit = (claim) => {
  const supported = new Map(
    codeEncounter(claim.documented).lines.map((line) => [line.code, line.units]),
  );
  const over = claim.lines.filter((line) => line.units > (supported.get(line.code) ?? 0));
  return over.length === 0
    ? null
    : finding(
        "units_not_supported",
        `The note's minutes do not support ${over
          .map((line) => `${line.units} unit${line.units === 1 ? "" : "s"} of ${line.code}`)
          .join(", ")}.`,
        "Bill the units the note supports, or add an addendum with the right minutes.",
      );
};

const duplicate: Edit = (claim) => {
  const again = codesOf(claim).filter((code) => claim.billedSameDay.includes(code));
  return again.length === 0
    ? null
    : finding(
        "already_billed",
        `${listed(again)} ${again.length === 1 ? "is" : "are"} already billed for this child on ${claim.dateOfService}.`,
        "Remove the duplicate lines, or void the other claim first.",
      );
};

const EDITS: Edit[] = [
  noteSigned,
  memberId,
  npis,
  diagnosis,
  planOfCare,
  progressReport,
  authorization,
  visitLimit,
  caregiverConsent,
  telehealth,
  reevaluationSameDay,
  unitsSupported,
  duplicate,
];

/** Every edit's failure, in the order a biller would fix them; none means the claim is ready. */
export function scrubClaim(claim: ClaimFacts): ScrubberFinding[] {
  if (!isCalendarDate(claim.dateOfService))
    throw new RangeError(
      `dateOfService must be a date written YYYY-MM-DD (got "${claim.dateOfService}")`,
    );
  return EDITS.map((edit) => edit(claim)).filter((found) => found !== null);
}

function capitalized(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
