import { describe, expect, it } from "vitest";

import { SCRUBBER_EDITS, scrubClaim, type ClaimFacts, type ScrubberEdit } from "./scrubber";

const TELEHEALTH_AT_HOME = { patientAtHome: true, audioOnly: false };

/** A telehealth coaching visit, 38 minutes of therapeutic activities: every edit passes. */
function cleanClaim(): ClaimFacts {
  return {
    dateOfService: "2026-11-10",
    noteSigned: true,
    memberId: "XJH123456789",
    renderingNpi: "1234567893",
    billingNpi: "1245319599",
    diagnosisCodes: ["F82"],
    planOfCare: { startsOn: "2026-10-01", endsOn: "2026-12-29", certifiedOn: "2026-10-08" },
    visitsSinceProgressReport: 4,
    authorization: {
      required: true,
      current: {
        startsOn: "2026-10-01",
        endsOn: "2027-03-31",
        counts: "visits",
        left: 6,
        codes: null,
      },
    },
    visitLimit: { perYear: 30, billedThisYear: 12 },
    caregiverConsentOnFile: false,
    modality: "telehealth",
    payerTelehealthCodes: ["97530", "97535", "97110", "97112"],
    lines: [{ code: "97530", units: 3, modifiers: ["GO", "96", "95"] }],
    documented: {
      method: "cms",
      timed: [{ code: "97530", minutes: 38 }],
      modality: "telehealth",
      telehealth: TELEHEALTH_AT_HOME,
      habilitative: true,
    },
    billedSameDay: [],
  };
}

const editsOf = (claim: ClaimFacts) => scrubClaim(claim).map((f) => f.edit);
const line = (code: string, units = 1) => ({ code, units, modifiers: ["GO", "96"] });
type Authorization = NonNullable<ClaimFacts["authorization"]["current"]>;
/** The clean claim with its authorization changed, or none at all. */
const withAuthorization = (
  claim: ClaimFacts,
  change: Partial<Authorization> | null,
): ClaimFacts => {
  const current = claim.authorization.current;
  if (!current) throw new Error("the clean claim has an authorization");
  return {
    ...claim,
    authorization: { required: true, current: change && { ...current, ...change } },
  };
};
const withPlan = (claim: ClaimFacts, planOfCare: ClaimFacts["planOfCare"]): ClaimFacts => ({
  ...claim,
  planOfCare,
});

/** Each edit with a claim that fails it, and it alone. */
const failing: [ScrubberEdit, string, (c: ClaimFacts) => ClaimFacts][] = [
  ["note_unsigned", "the note is not signed", (c) => ({ ...c, noteSigned: false })],
  ["member_id_missing", "no member id", (c) => ({ ...c, memberId: null })],
  ["member_id_missing", "a blank member id", (c) => ({ ...c, memberId: "  " })],
  ["npi_missing", "no therapist NPI", (c) => ({ ...c, renderingNpi: null })],
  [
    "npi_missing",
    "a clinic NPI with a wrong check digit",
    (c) => ({ ...c, billingNpi: "1245319598" }),
  ],
  ["diagnosis_missing", "no diagnosis", (c) => ({ ...c, diagnosisCodes: [] })],
  ["plan_of_care_missing", "no plan of care", (c) => ({ ...c, planOfCare: null })],
  [
    "plan_of_care_missing",
    "a plan that starts after the visit",
    (c) => withPlan(c, { startsOn: "2026-11-11", endsOn: "2027-02-08", certifiedOn: "2026-11-11" }),
  ],
  [
    "plan_of_care_expired",
    "a plan that ended the day before",
    (c) => withPlan(c, { startsOn: "2026-08-12", endsOn: "2026-11-09", certifiedOn: "2026-08-20" }),
  ],
  [
    "plan_of_care_uncertified",
    "a plan not yet certified",
    (c) => withPlan(c, { startsOn: "2026-10-01", endsOn: "2026-12-29", certifiedOn: null }),
  ],
  [
    "plan_of_care_uncertified",
    "a plan certified only after the visit",
    (c) => withPlan(c, { startsOn: "2026-10-01", endsOn: "2026-12-29", certifiedOn: "2026-11-12" }),
  ],
  [
    "progress_report_overdue",
    "the 11th visit since the last report",
    (c) => ({ ...c, visitsSinceProgressReport: 11 }),
  ],
  [
    "authorization_missing",
    "no authorization where one is needed",
    (c) => withAuthorization(c, null),
  ],
  [
    "authorization_expired",
    "an authorization that ended before the visit",
    (c) => withAuthorization(c, { startsOn: "2026-05-01", endsOn: "2026-11-09", left: 3 }),
  ],
  ["authorization_exhausted", "no visit left", (c) => withAuthorization(c, { left: 0 })],
  [
    "visit_limit_reached",
    "the 31st visit of a year the payer pays 30 of",
    (c) => ({ ...c, visitLimit: { perYear: 30, billedThisYear: 30 } }),
  ],
  [
    "authorization_exhausted",
    "two units left of 97530 for three",
    (c) => withAuthorization(c, { counts: "units", left: 2, codes: ["97530"] }),
  ],
  [
    "caregiver_consent_missing",
    "caregiver-only time without consent",
    (c) => ({
      ...c,
      lines: [...c.lines, line("97550")],
      documented: { ...c.documented, caregiverOnly: { minutes: 20, patientsRepresented: 1 } },
      payerTelehealthCodes: [...c.payerTelehealthCodes, "97550"],
    }),
  ],
  [
    "not_paid_by_telehealth",
    "sensory integration by telehealth",
    (c) => ({
      ...c,
      lines: [line("97533", 3)],
      documented: { ...c.documented, timed: [{ code: "97533", minutes: 38 }] },
    }),
  ],
  [
    "reevaluation_same_day_as_evaluation",
    "an evaluation already billed the day of a re-evaluation",
    (c) => ({
      ...c,
      lines: [...c.lines, line("97168")],
      documented: { ...c.documented, untimed: [{ code: "97168" }] },
      billedSameDay: ["97165"],
      payerTelehealthCodes: [...c.payerTelehealthCodes, "97168"],
    }),
  ],
  [
    "units_not_supported",
    "four units where 38 minutes support three",
    (c) => ({ ...c, lines: [line("97530", 4)] }),
  ],
  [
    "units_not_supported",
    "a code the note does not document",
    (c) => ({ ...c, lines: [...c.lines, line("97110")] }),
  ],
  [
    "already_billed",
    "97530 billed on another claim the same day",
    (c) => ({ ...c, billedSameDay: ["97530"] }),
  ],
];

describe("scrubClaim", () => {
  it("passes a clean claim: it is ready", () => {
    expect(scrubClaim(cleanClaim())).toEqual([]);
  });

  it.each(failing)("%s: %s", (edit, _, breakIt) => {
    const findings = scrubClaim(breakIt(cleanClaim()));
    expect(findings.map((f) => f.edit)).toEqual([edit]);
    const [found] = findings;
    expect(found?.problem).toMatch(/\.$/);
    expect(found?.fix).toMatch(/\.$/);
  });

  it("has a failing case for every edit", () => {
    expect(new Set(failing.map(([edit]) => edit))).toEqual(new Set(SCRUBBER_EDITS));
  });

  it("lists every failure at once, in the order a biller fixes them", () => {
    const claim = { ...cleanClaim(), noteSigned: false, memberId: null, diagnosisCodes: [] };
    expect(editsOf(claim)).toEqual(["note_unsigned", "member_id_missing", "diagnosis_missing"]);
  });

  it("asks nothing of authorizations where the payer needs none", () => {
    expect(editsOf({ ...cleanClaim(), authorization: { required: false, current: null } })).toEqual(
      [],
    );
  });

  it("counts units only of the codes an authorization covers", () => {
    const claim = withAuthorization(cleanClaim(), { counts: "units", left: 2, codes: ["97535"] });
    expect(editsOf(claim)).toEqual([]);
  });

  it("the last day of a plan and of an authorization still count", () => {
    const claim = withAuthorization(
      withPlan(cleanClaim(), {
        startsOn: "2026-08-13",
        endsOn: "2026-11-10",
        certifiedOn: "2026-11-10",
      }),
      { startsOn: "2026-11-10", endsOn: "2026-11-10", left: 1 },
    );
    expect(editsOf(claim)).toEqual([]);
  });

  it("the 10th visit is due, not yet overdue", () => {
    expect(editsOf({ ...cleanClaim(), visitsSinceProgressReport: 10 })).toEqual([]);
  });

  it("caregiver-only time with consent on file passes", () => {
    const claim: ClaimFacts = {
      ...cleanClaim(),
      modality: "clinic",
      caregiverConsentOnFile: true,
      lines: [line("97530", 3), line("97550")],
      documented: {
        method: "cms",
        timed: [{ code: "97530", minutes: 38 }],
        caregiverOnly: { minutes: 20, patientsRepresented: 1 },
        modality: "clinic",
        habilitative: true,
      },
    };
    expect(editsOf(claim)).toEqual([]);
  });

  it("fewer units than the note supports pass", () => {
    expect(editsOf({ ...cleanClaim(), lines: [line("97530", 2)] })).toEqual([]);
  });

  it("refuses a date of service that is not a calendar day", () => {
    expect(() => scrubClaim({ ...cleanClaim(), dateOfService: "11/10/2026" })).toThrow(RangeError);
  });
});

describe("scrubClaim: an evaluation", () => {
  const evaluation = (): ClaimFacts => ({
    ...cleanClaim(),
    planOfCare: null,
    visitsSinceProgressReport: 14,
    lines: [line("97166")],
    documented: { ...cleanClaim().documented, timed: [], untimed: [{ code: "97166" }] },
    payerTelehealthCodes: ["97166"],
  });

  it("needs no plan of care or progress report: it comes before them", () => {
    expect(editsOf(evaluation())).toEqual([]);
  });

  it("a treatment line on the same claim needs them again", () => {
    const claim = evaluation();
    const withTreatment = {
      ...claim,
      lines: [...claim.lines, line("97530", 3)],
      documented: { ...claim.documented, timed: [{ code: "97530", minutes: 38 }] },
      payerTelehealthCodes: [...claim.payerTelehealthCodes, "97530"],
    };
    expect(editsOf(withTreatment)).toEqual(["plan_of_care_missing", "progress_report_overdue"]);
  });
});

describe("scrubClaim: the payer's yearly visit limit", () => {
  it("passes the last visit within it and any visit where there is none", () => {
    expect(editsOf({ ...cleanClaim(), visitLimit: { perYear: 30, billedThisYear: 29 } })).toEqual(
      [],
    );
    expect(
      editsOf({ ...cleanClaim(), visitLimit: { perYear: null, billedThisYear: 400 } }),
    ).toEqual([]);
  });
});
