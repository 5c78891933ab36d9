import { SERVICE_CPT_CODES, type TreatmentService } from "../clinical-notes/service-minutes";
import { codeEncounter, type ClaimLine, type Encounter } from "./code-encounter";
import { applyPayerRules, type PayerRuleSet } from "./payer-rules";

/**
 * A signed visit's charges: the note's minutes coded for the child's payer (its timed method, its
 * telehealth marks) and priced from its fee schedule, else the clinic's standard charge. Money is
 * integer cents.
 */
export type VisitMinutes = {
  byService: Partial<Record<TreatmentService, number>>;
  unmarkedChildPresent: number;
  caregiverOnly: number;
};

export type PricedLine = ClaimLine & { unitCents: number; cents: number };

export type VisitCharges = {
  placeOfService: string;
  lines: PricedLine[];
  totalCents: number;
  /**
   * Child-present minutes no code bills as they stand: those before the first service mark, and
   * caregiver training with the child present (its codes are for time without the child). Someone
   * assigns them to a service before they are billed.
   */
  unassignedMinutes: number;
  /** Codes billed without a fee on the payer's schedule or the clinic's. */
  unpricedCodes: string[];
};

export type VisitToCharge = {
  minutes: VisitMinutes;
  /** Untimed codes of the visit: an evaluation's, a re-evaluation's, a group's 97150. */
  untimed?: string[];
  /** Patients the caregiver-only time stood for: 2 or more bill group caregiver training. */
  patientsRepresented?: number;
  modality: Encounter["modality"];
  telehealth?: Encounter["telehealth"];
  habilitative: boolean;
  furnishedByAssistant?: boolean;
  aboveTherapyThreshold?: boolean;
  rules: PayerRuleSet;
  /** Cents per unit by code: the payer's schedule, then the clinic's standard charges. */
  payerFees: Record<string, number>;
  standardFees: Record<string, number>;
};

const TIMED_SERVICES = Object.entries(SERVICE_CPT_CODES).filter(
  ([service]) => service !== "caregiver_training",
) as [TreatmentService, string][];

/** The encounter a visit documents, for the payer's timed method: what its units are checked against. */
export function encounterOfVisit(visit: VisitToCharge): Encounter {
  const { byService } = visit.minutes;
  const timed = TIMED_SERVICES.flatMap(([service, code]) => {
    const minutes = byService[service] ?? 0;
    return minutes > 0 ? [{ code, minutes }] : [];
  });
  return {
    method: visit.rules.timedMethod,
    timed,
    untimed: (visit.untimed ?? []).map((code) => ({ code })),
    ...(visit.minutes.caregiverOnly > 0 && {
      caregiverOnly: {
        minutes: visit.minutes.caregiverOnly,
        patientsRepresented: visit.patientsRepresented ?? 1,
      },
    }),
    modality: visit.modality,
    ...(visit.telehealth && { telehealth: visit.telehealth }),
    habilitative: visit.habilitative,
    furnishedByAssistant: visit.furnishedByAssistant ?? false,
    aboveTherapyThreshold: visit.aboveTherapyThreshold ?? false,
  };
}

export function chargesForVisit(visit: VisitToCharge): VisitCharges {
  const { byService } = visit.minutes;
  const coded = codeEncounter(encounterOfVisit(visit));
  const billed = applyPayerRules(coded, visit.rules);
  const unpricedCodes: string[] = [];
  const lines = billed.lines.map((line) => {
    const unitCents = visit.payerFees[line.code] ?? visit.standardFees[line.code];
    if (unitCents === undefined) unpricedCodes.push(line.code);
    return { ...line, unitCents: unitCents ?? 0, cents: (unitCents ?? 0) * line.units };
  });
  return {
    placeOfService: billed.placeOfService,
    lines,
    totalCents: lines.reduce((sum, line) => sum + line.cents, 0),
    unassignedMinutes: visit.minutes.unmarkedChildPresent + (byService.caregiver_training ?? 0),
    unpricedCodes,
  };
}

export type ChargeChange = {
  code: string;
  unitsBefore: number;
  unitsAfter: number;
  centsChange: number;
};

/** What re-coding a changed note does to its charges, code by code: only the codes that changed. */
export function chargeChanges(before: PricedLine[], after: PricedLine[]): ChargeChange[] {
  const codes = [...new Set([...before, ...after].map((line) => line.code))];
  const of = (lines: PricedLine[], code: string) => lines.find((line) => line.code === code);
  return codes.flatMap((code) => {
    const was = of(before, code);
    const now = of(after, code);
    const change = {
      code,
      unitsBefore: was?.units ?? 0,
      unitsAfter: now?.units ?? 0,
      centsChange: (now?.cents ?? 0) - (was?.cents ?? 0),
    };
    return change.unitsBefore === change.unitsAfter && change.centsChange === 0 ? [] : [change];
  });
}
