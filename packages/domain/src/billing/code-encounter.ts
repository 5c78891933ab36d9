/**
 * The coding engine: what one child's visit bills, in CPT codes, units and modifiers, from the minutes
 * a note records (DOMAIN.md, "Billing facts"). The payer's rules choose the timed-unit method; what a
 * payer changes after this (a place of service, an extra modifier) is its rule set's business.
 */

/** One-on-one timed codes, child present: 15-minute units. */
export const TIMED_CODES = ["97530", "97535", "97533", "97110", "97112"] as const;
/** One unit each: the evaluations, the re-evaluation and group therapy. */
export const UNTIMED_CODES = ["97165", "97166", "97167", "97168", "97150"] as const;
/** Caregiver training without the child: the first 30 minutes, each further 15, a group. */
export const CAREGIVER_CODES = { first: "97550", further: "97551", group: "97552" } as const;

export const ENCOUNTER_MODALITIES = ["telehealth", "in_home", "clinic", "community"] as const;
export type EncounterModality = (typeof ENCOUNTER_MODALITIES)[number];
export type TimedUnitMethod = "cms" | "ama";

export type Encounter = {
  /** The payer's timed-unit method: CMS counts the day's timed minutes together, AMA each code alone. */
  method: TimedUnitMethod;
  timed: { code: string; minutes: number }[];
  untimed?: { code: string }[];
  caregiverOnly?: { minutes: number; patientsRepresented: number };
  modality: EncounterModality;
  /** Required for telehealth. */
  telehealth?: { patientAtHome: boolean; audioOnly: boolean };
  /** Habilitative (96) or rehabilitative (97). */
  habilitative: boolean;
  /** An OT assistant furnished it (CO). */
  furnishedByAssistant?: boolean;
  /** Above the payer's annual therapy threshold (KX). */
  aboveTherapyThreshold?: boolean;
};

export type ClaimLine = { code: string; units: number; modifiers: string[] };
export type CodedEncounter = { placeOfService: string; lines: ClaimLine[] };

const UNIT_MINUTES = 15;
/** A unit is billed once 8 minutes of it are reached (the 8-minute rule). */
const MINUTES_FOR_A_UNIT = 8;
/** 97550 needs at least 16 minutes and covers the first 30. */
const CAREGIVER_FIRST_MINIMUM = 16;
const CAREGIVER_FIRST_SPAN = 30;

/** 15-minute units for `minutes`: the whole ones, and one more for 8 or more left over. */
export function unitsForMinutes(minutes: number): number {
  const whole = Math.floor(minutes / UNIT_MINUTES);
  return whole + (minutes % UNIT_MINUTES >= MINUTES_FOR_A_UNIT ? 1 : 0);
}

function requireMinutes(field: string, minutes: number) {
  if (!Number.isInteger(minutes) || minutes < 0)
    throw new RangeError(`${field} must be a whole number of minutes, 0 or more (got ${minutes})`);
}

function requireKnownCodes(kind: string, codes: string[], known: readonly string[]) {
  const seen = new Set<string>();
  for (const code of codes) {
    if (!known.includes(code)) throw new RangeError(`${code} is not a ${kind} code`);
    if (seen.has(code)) throw new RangeError(`${code} is listed twice`);
    seen.add(code);
  }
}

/**
 * CMS total-time method: the day's timed minutes give the units; each code first gets its whole
 * units, then the rest go one each to the codes with the most minutes left over (the first listed
 * on a tie). Fewer than 8 timed minutes in all bill nothing.
 */
function cmsUnits(timed: Encounter["timed"]): number[] {
  const total = timed.reduce((sum, t) => sum + t.minutes, 0);
  const units = timed.map((t) => Math.floor(t.minutes / UNIT_MINUTES));
  let rest = unitsForMinutes(total) - units.reduce((sum, u) => sum + u, 0);
  const byLeftover = timed
    .map((t, index) => ({ index, leftover: t.minutes % UNIT_MINUTES }))
    .sort((a, b) => b.leftover - a.leftover || a.index - b.index);
  for (const { index } of byLeftover) {
    if (rest === 0) break;
    units[index] = (units[index] ?? 0) + 1;
    rest--;
  }
  return units;
}

/** 97550 from 16 minutes, one 97551 per further 15 once 8 of them are reached; 97552 for a group. */
function caregiverLines(caregiver: NonNullable<Encounter["caregiverOnly"]>) {
  const { minutes, patientsRepresented } = caregiver;
  if (patientsRepresented >= 2)
    return minutes > 0 ? [{ code: CAREGIVER_CODES.group, units: 1 }] : [];
  if (minutes < CAREGIVER_FIRST_MINIMUM) return [];
  const further = unitsForMinutes(Math.max(0, minutes - CAREGIVER_FIRST_SPAN));
  return [
    { code: CAREGIVER_CODES.first, units: 1 },
    { code: CAREGIVER_CODES.further, units: further },
  ];
}

/** 10 telehealth at home, 02 telehealth elsewhere, 11 office, 12 home in person, 99 community. */
function placeOfService(input: Encounter): string {
  switch (input.modality) {
    case "telehealth":
      return input.telehealth?.patientAtHome ? "10" : "02";
    case "clinic":
      return "11";
    case "in_home":
      return "12";
    case "community":
      return "99";
  }
}

/** GO on every OT line; 96 or 97; 95 audio-video or 93 audio-only telehealth; CO; KX. */
function modifiersOf(input: Encounter): string[] {
  const modifiers = ["GO", input.habilitative ? "96" : "97"];
  if (input.modality === "telehealth") modifiers.push(input.telehealth?.audioOnly ? "93" : "95");
  if (input.furnishedByAssistant) modifiers.push("CO");
  if (input.aboveTherapyThreshold) modifiers.push("KX");
  return modifiers;
}

function requireValid(input: Encounter) {
  if (input.method !== "cms" && input.method !== "ama")
    throw new RangeError(`The timed-unit method must be cms or ama (got ${String(input.method)})`);
  if (!ENCOUNTER_MODALITIES.includes(input.modality))
    throw new RangeError(`${String(input.modality)} is not a modality`);
  if (input.modality === "telehealth" && !input.telehealth)
    throw new RangeError(
      "A telehealth encounter needs where the patient was and whether it was audio-only",
    );
  requireKnownCodes(
    "timed",
    input.timed.map((t) => t.code),
    TIMED_CODES,
  );
  for (const t of input.timed) requireMinutes(`Minutes of ${t.code}`, t.minutes);
  requireKnownCodes(
    "untimed",
    (input.untimed ?? []).map((u) => u.code),
    UNTIMED_CODES,
  );
  if (input.caregiverOnly) {
    requireMinutes("Caregiver-only minutes", input.caregiverOnly.minutes);
    const { patientsRepresented } = input.caregiverOnly;
    if (!Number.isInteger(patientsRepresented) || patientsRepresented < 1)
      throw new RangeError(
        `Patients represented must be a whole number, 1 or more (got ${patientsRepresented})`,
      );
  }
}

/**
 * The claim lines of one encounter: timed codes by the payer's method, untimed codes one unit each,
 * caregiver-only time by its own codes (never counted as timed minutes), each line with its
 * modifiers, and the place of service. Only lines of one unit or more. Bad input throws.
 */
export function codeEncounter(input: Encounter): CodedEncounter {
  requireValid(input);
  const timedUnits =
    input.method === "cms"
      ? cmsUnits(input.timed)
      : input.timed.map((t) => unitsForMinutes(t.minutes));
  const modifiers = modifiersOf(input);
  const lines = [
    ...input.timed.map((t, index) => ({ code: t.code, units: timedUnits[index] ?? 0 })),
    ...(input.untimed ?? []).map((u) => ({ code: u.code, units: 1 })),
    ...(input.caregiverOnly ? caregiverLines(input.caregiverOnly) : []),
  ];
  return {
    placeOfService: placeOfService(input),
    lines: lines
      .filter((line) => line.units >= 1)
      .map((line) => ({ ...line, modifiers: [...modifiers] })),
  };
}
