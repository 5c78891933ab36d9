import { describe, expect, it } from "vitest";

import { codeEncounter, type Encounter } from "./code-encounter";

const clinic = (over: Partial<Encounter> = {}): Encounter => ({
  method: "cms",
  timed: [],
  modality: "clinic",
  habilitative: true,
  ...over,
});

/** Code and units of each line, e.g. "97530×2". */
const billed = (input: Encounter) =>
  codeEncounter(input).lines.map((line) => `${line.code}×${line.units}`);

describe("codeEncounter: one timed code, the 8-minute rule's table", () => {
  it.each([
    [7, []],
    [8, ["97530×1"]],
    [22, ["97530×1"]],
    [23, ["97530×2"]],
    [37, ["97530×2"]],
    [38, ["97530×3"]],
    [52, ["97530×3"]],
    [53, ["97530×4"]],
    [67, ["97530×4"]],
    [68, ["97530×5"]],
  ])("%i minutes bill %j under either method", (minutes, lines) => {
    for (const method of ["cms", "ama"] as const)
      expect(billed(clinic({ method, timed: [{ code: "97530", minutes }] }))).toEqual(lines);
  });

  it("no minutes at all bill nothing", () => {
    expect(billed(clinic({ timed: [{ code: "97530", minutes: 0 }] }))).toEqual([]);
    expect(billed(clinic())).toEqual([]);
  });
});

describe("codeEncounter: CMS splits the day's units among the codes", () => {
  it("whole units first, then the rest to the most minutes left over (33 + 7 → 2 + 1)", () => {
    const timed = [
      { code: "97530", minutes: 33 },
      { code: "97535", minutes: 7 },
    ];
    expect(billed(clinic({ timed }))).toEqual(["97530×2", "97535×1"]);
  });

  it("24 + 23 minutes: three units, the extra one to the larger leftover", () => {
    const timed = [
      { code: "97110", minutes: 23 },
      { code: "97530", minutes: 24 },
    ];
    expect(billed(clinic({ timed }))).toEqual(["97110×1", "97530×2"]);
  });

  it("a tie goes to the code listed first (7 + 7 → one unit)", () => {
    const timed = [
      { code: "97535", minutes: 7 },
      { code: "97530", minutes: 7 },
    ];
    expect(billed(clinic({ timed }))).toEqual(["97535×1"]);
  });

  it("three small codes that add up to 2 units bill the two largest", () => {
    const timed = [
      { code: "97530", minutes: 10 },
      { code: "97535", minutes: 8 },
      { code: "97533", minutes: 9 },
    ];
    expect(billed(clinic({ timed }))).toEqual(["97530×1", "97533×1"]);
  });

  it("under 8 timed minutes in total bills no timed line, even across codes", () => {
    const timed = [
      { code: "97530", minutes: 4 },
      { code: "97110", minutes: 3 },
    ];
    expect(billed(clinic({ timed }))).toEqual([]);
  });

  it("whole units stay with their code when the leftovers add up to nothing more", () => {
    const timed = [
      { code: "97530", minutes: 30 },
      { code: "97112", minutes: 5 },
    ];
    expect(billed(clinic({ timed }))).toEqual(["97530×2"]);
  });
});

describe("codeEncounter: AMA counts each code on its own", () => {
  it("7 + 7 minutes bill nothing where CMS bills one unit", () => {
    const timed = [
      { code: "97530", minutes: 7 },
      { code: "97535", minutes: 7 },
    ];
    expect(billed(clinic({ method: "ama", timed }))).toEqual([]);
    expect(billed(clinic({ method: "cms", timed }))).toEqual(["97530×1"]);
  });

  it("33 + 7 minutes: AMA 2 + 0, CMS 2 + 1", () => {
    const timed = [
      { code: "97530", minutes: 33 },
      { code: "97535", minutes: 7 },
    ];
    expect(billed(clinic({ method: "ama", timed }))).toEqual(["97530×2"]);
    expect(billed(clinic({ method: "cms", timed }))).toEqual(["97530×2", "97535×1"]);
  });

  it("8 + 8 + 8 minutes: AMA three units, CMS two", () => {
    const timed = [
      { code: "97530", minutes: 8 },
      { code: "97535", minutes: 8 },
      { code: "97112", minutes: 8 },
    ];
    expect(billed(clinic({ method: "ama", timed }))).toEqual(["97530×1", "97535×1", "97112×1"]);
    expect(billed(clinic({ method: "cms", timed }))).toEqual(["97530×1", "97535×1"]);
  });
});

describe("codeEncounter: untimed codes", () => {
  it.each(["97165", "97166", "97167", "97168", "97150"])("%s bills one unit", (code) => {
    expect(billed(clinic({ untimed: [{ code }] }))).toEqual([`${code}×1`]);
  });

  it("sit beside timed lines, after them", () => {
    const input = clinic({ timed: [{ code: "97530", minutes: 20 }], untimed: [{ code: "97165" }] });
    expect(billed(input)).toEqual(["97530×1", "97165×1"]);
  });
});

describe("codeEncounter: caregiver training without the child", () => {
  const caregiver = (minutes: number, patientsRepresented = 1) =>
    billed(clinic({ caregiverOnly: { minutes, patientsRepresented } }));

  it.each([
    [15, []],
    [16, ["97550×1"]],
    [30, ["97550×1"]],
    [37, ["97550×1"]],
    [38, ["97550×1", "97551×1"]],
    [52, ["97550×1", "97551×1"]],
    [53, ["97550×1", "97551×2"]],
    [67, ["97550×1", "97551×2"]],
    [68, ["97550×1", "97551×3"]],
  ])("%i minutes for one patient bill %j", (minutes, lines) => {
    expect(caregiver(minutes)).toEqual(lines);
  });

  it("two or more patients represented bill one unit of 97552, whatever the minutes", () => {
    expect(caregiver(45, 2)).toEqual(["97552×1"]);
    expect(caregiver(10, 4)).toEqual(["97552×1"]);
    expect(caregiver(0, 3)).toEqual([]);
  });

  it("never count as timed minutes", () => {
    const input = clinic({
      timed: [{ code: "97530", minutes: 7 }],
      caregiverOnly: { minutes: 20, patientsRepresented: 1 },
    });
    expect(billed(input)).toEqual(["97550×1"]);
  });
});

describe("codeEncounter: modifiers on every line", () => {
  const modifiersOf = (input: Encounter) => codeEncounter(input).lines.map((l) => l.modifiers);
  const timedAndUntimed = {
    timed: [{ code: "97530", minutes: 30 }],
    untimed: [{ code: "97150" }],
    caregiverOnly: { minutes: 40, patientsRepresented: 1 },
  };

  it("GO and 96 for habilitative care, GO and 97 for rehabilitative", () => {
    expect(modifiersOf(clinic({ ...timedAndUntimed }))).toEqual(Array(4).fill(["GO", "96"]));
    expect(modifiersOf(clinic({ ...timedAndUntimed, habilitative: false }))).toEqual(
      Array(4).fill(["GO", "97"]),
    );
  });

  it("95 for audio-video telehealth, 93 for audio-only", () => {
    const video = clinic({
      ...timedAndUntimed,
      modality: "telehealth",
      telehealth: { patientAtHome: true, audioOnly: false },
    });
    expect(modifiersOf(video)).toEqual(Array(4).fill(["GO", "96", "95"]));
    const audio = { ...video, telehealth: { patientAtHome: true, audioOnly: true } };
    expect(modifiersOf(audio)).toEqual(Array(4).fill(["GO", "96", "93"]));
  });

  it("CO when an OT assistant furnished it, KX above the therapy threshold", () => {
    expect(modifiersOf(clinic({ ...timedAndUntimed, furnishedByAssistant: true }))).toEqual(
      Array(4).fill(["GO", "96", "CO"]),
    );
    expect(modifiersOf(clinic({ ...timedAndUntimed, aboveTherapyThreshold: true }))).toEqual(
      Array(4).fill(["GO", "96", "KX"]),
    );
    const all = clinic({
      ...timedAndUntimed,
      modality: "telehealth",
      telehealth: { patientAtHome: false, audioOnly: false },
      habilitative: false,
      furnishedByAssistant: true,
      aboveTherapyThreshold: true,
    });
    expect(modifiersOf(all)).toEqual(Array(4).fill(["GO", "97", "95", "CO", "KX"]));
  });

  it("each line has a list of its own", () => {
    const [first, second] = codeEncounter(clinic(timedAndUntimed)).lines;
    first?.modifiers.push("59");
    expect(second?.modifiers).toEqual(["GO", "96"]);
  });
});

describe("codeEncounter: place of service", () => {
  it.each([
    [{ modality: "telehealth", telehealth: { patientAtHome: true, audioOnly: false } }, "10"],
    [{ modality: "telehealth", telehealth: { patientAtHome: false, audioOnly: false } }, "02"],
    [{ modality: "telehealth", telehealth: { patientAtHome: true, audioOnly: true } }, "10"],
    [{ modality: "clinic" }, "11"],
    [{ modality: "in_home" }, "12"],
    [{ modality: "community" }, "99"],
  ] as const)("%j is %s", (over, place) => {
    expect(codeEncounter(clinic(over)).placeOfService).toBe(place);
  });
});

describe("codeEncounter: bad input throws", () => {
  it.each([
    ["negative minutes", clinic({ timed: [{ code: "97530", minutes: -1 }] })],
    ["fractional minutes", clinic({ timed: [{ code: "97530", minutes: 7.5 }] })],
    ["minutes that are not a number", clinic({ timed: [{ code: "97530", minutes: NaN }] })],
    ["an unknown timed code", clinic({ timed: [{ code: "97140", minutes: 20 }] })],
    ["an untimed code given as timed", clinic({ timed: [{ code: "97165", minutes: 20 }] })],
    ["an unknown untimed code", clinic({ untimed: [{ code: "99999" }] })],
    ["a timed code given as untimed", clinic({ untimed: [{ code: "97530" }] })],
    [
      "a timed code twice",
      clinic({
        timed: [
          { code: "97530", minutes: 10 },
          { code: "97530", minutes: 10 },
        ],
      }),
    ],
    ["an untimed code twice", clinic({ untimed: [{ code: "97165" }, { code: "97165" }] })],
    ["telehealth without its details", clinic({ modality: "telehealth" })],
    [
      "negative caregiver-only minutes",
      clinic({ caregiverOnly: { minutes: -5, patientsRepresented: 1 } }),
    ],
    [
      "fractional caregiver-only minutes",
      clinic({ caregiverOnly: { minutes: 20.5, patientsRepresented: 1 } }),
    ],
    ["no patient represented", clinic({ caregiverOnly: { minutes: 20, patientsRepresented: 0 } })],
    ["an unknown modality", clinic({ modality: "school" as Encounter["modality"] })],
    ["an unknown method", clinic({ method: "mixed" as Encounter["method"] })],
  ])("%s", (_, input) => {
    expect(() => codeEncounter(input)).toThrow(RangeError);
  });
});
