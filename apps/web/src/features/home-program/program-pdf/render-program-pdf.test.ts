import { describe, expect, it } from "vitest";

import { describeDose, renderProgramPdf, type PrintableProgram } from "./render-program-pdf";

type Activity = PrintableProgram["activities"][number];

const content = (title: string, extra: Partial<Activity["content"]> = {}): Activity["content"] => ({
  title,
  summary: `${title}: a short summary.`,
  steps: ["Get ready together.", "Do it.", "Say what went well."],
  why: "Practice in daily routines adds up.",
  minutes: 5,
  ages: { min: 4, max: 10 },
  materials: [],
  anchor: { routine: "after_school" },
  goals: [],
  ...extra,
});

const ladder: Activity = {
  id: "ladder",
  status: "active",
  content: content("Buttoning, big to small", {
    anchor: { routine: "morning" },
    materials: ["Shirt with big buttons"],
  }),
  structure: {
    kind: "ladder",
    levels: [
      { title: "Unbutton big buttons on the table", change: "" },
      { title: "Button big buttons on the table", change: "Now fastening, not only undoing" },
      { title: "Button a shirt on their lap", change: "Buttons out of sight" },
    ],
    currentLevel: 1,
    rule: { stepUpRate: 0.8, stepUpSessions: 3, stepDownBelowRate: 0.5, minAttempts: 5 },
  },
};

const chain: Activity = {
  id: "chain",
  status: "active",
  content: content("Shoes and socks", { anchor: { routine: "drop_off" } }),
  structure: {
    kind: "chain",
    steps: [
      { title: "Pull on the socks", prompt: "physical" },
      { title: "Put the shoes on", prompt: "model" },
      { title: "Close the straps", prompt: "independent" },
    ],
    direction: "backward",
    childFrom: 2,
    masteryStreak: 3,
  },
};

const sensoryDiet: Activity = {
  id: "diet",
  status: "active",
  content: content("Heavy work before homework", {
    materials: ["Laundry basket"],
    anchor: { routine: "homework" },
  }),
  structure: {
    kind: "sensory_diet",
    moments: [{ time: "16:30", label: "Homework" }],
    menu: [
      { title: "Wall push-ups", category: "heavy_work" },
      { title: "Crunchy snack", category: "oral_motor" },
    ],
    leadMinutes: 20,
    durationMinutes: 8,
  },
};

const routinePractice: Activity = {
  id: "crayons",
  status: "active",
  content: content("Little crayons, better grip", { anchor: { routine: "homework" } }),
  structure: { kind: "routine_practice", minutes: 5, daysPerWeek: 3 },
};

const commenting: Activity = {
  id: "commenting",
  status: "active",
  content: content("Be the sportscaster", { anchor: { routine: "custom", customLabel: "Play" } }),
  structure: { kind: "descriptive_commenting", targetRatio: 4 },
};

const paused: Activity = {
  ...routinePractice,
  id: "paused",
  status: "paused",
  content: content("Scissors snips"),
};

const program: PrintableProgram = {
  goals: [
    { familyWords: "Start homework without a meltdown" },
    { familyWords: "Get dressed in the morning with fewer reminders" },
  ],
  minutesPerDay: 15,
  daysPerWeek: 5,
  routineTimes: { morning: "06:45", Play: "18:00" },
  activities: [ladder, chain, sensoryDiet, routinePractice, commenting, paused],
};

const input = {
  program,
  childFirstName: "Maya",
  clinicName: "Maple Grove Pediatric Therapy",
  today: "2027-01-20", // a Wednesday: the tick sheet is for Monday 18 to Sunday 24 January
  timeZone: "America/Chicago",
};

// Windows-1252 where it differs from Latin-1 (Node's TextDecoder reads it as Latin-1).
const CP1252: Record<number, string> = {
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
};

/** The text an uncompressed PDF draws, line by line: pdfkit writes each line as hex strings in TJ. */
function drawnText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const decode = (hex: string) =>
    [...Buffer.from(hex, "hex")].map((b) => CP1252[b] ?? String.fromCharCode(b)).join("");
  const lines = [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map(([, operands]) =>
    [...(operands ?? "").matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => decode(hex ?? "")).join(""),
  );
  return lines.join("\n");
}

/** The drawn text with line breaks as spaces, so a wrapped sentence reads whole. */
const flowing = (pdf: Buffer) => drawnText(pdf).replace(/\s+/g, " ");

const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length;

describe("renderProgramPdf", () => {
  it("makes a PDF titled with the child's first name, the goals in the family's words and the dose", async () => {
    const pdf = await renderProgramPdf(input, { compress: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = flowing(pdf);
    expect(text).toContain("Maya's home program");
    expect(text).toContain("From Maple Grove Pediatric Therapy · printed January 20, 2027");
    expect(text).toContain("Start homework without a meltdown");
    expect(text).toContain("Get dressed in the morning with fewer reminders");
    expect(text).toContain("15 minutes a day, 5 days a week");
  });

  it("writes every time in the reader's 24-hour clock when they chose it", async () => {
    const text = flowing(await renderProgramPdf({ ...input, cycle: "h23" }, { compress: false }));
    expect(text).toContain("16:10–16:18 Before homework (16:30): Heavy work before homework");
    expect(text).toContain("• 16:10–16:18, before homework at 16:30");
    expect(text).toContain("Morning (06:45)");
    expect(text).not.toMatch(/\d (AM|PM)/);
  });

  it("lays out the family's day in time order, with the regulation block before homework", async () => {
    const lines = drawnText(await renderProgramPdf(input, { compress: false })).split("\n");
    const day = lines.slice(lines.indexOf("Your day"));
    const times = ["6:45 AM", "8:15 AM", "4:10–4:18 PM", "4:30 PM", "6:00 PM"];
    const at = times.map((t) => day.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const [morning = 0, dropOff = 0, regulation = 0, homework = 0, play = 0] = at;
    expect(day[morning + 1]).toBe("Morning: Buttoning, big to small");
    expect(day[dropOff + 1]).toBe("School drop-off: Shoes and socks");
    expect(day[regulation + 1]).toBe("Before homework (4:30 PM): Heavy work before homework");
    expect(day[homework + 1]).toBe("Homework: Little crayons, better grip");
    expect(day[play + 1]).toBe("Play: Be the sportscaster");
  });

  it("shows each active activity with its steps, materials, minutes and technique", async () => {
    const text = flowing(await renderProgramPdf(input, { compress: false }));
    expect(text).toContain("Buttoning, big to small Buttoning, big to small: a short summary.");
    expect(text).toContain("About 5 minutes · Morning (6:45 AM)");
    expect(text).toContain("1. Get ready together. 2. Do it. 3. Say what went well.");
    expect(text).toContain("You'll need • Shirt with big buttons");
    // Ladder: the current level, what it changes, and the next one.
    expect(text).toContain("Level 2 of 3: Button big buttons on the table");
    expect(text).toContain("What changes at this level: Now fastening, not only undoing");
    expect(text).toContain("Next level: Button a shirt on their lap");
    // Chain: the steps, the child's own marked.
    expect(text).toContain("Maya does the last 1 step alone; you do the others together");
    expect(text).toContain(
      "1. Pull on the socks 2. Put the shoes on 3. Close the straps (Maya does this alone)",
    );
    // Sensory diet: the block's times before the moment, and the menu.
    expect(text).toContain("• 4:10–4:18 PM, before homework at 4:30 PM");
    expect(text).toContain(
      "Choose one (8 minutes) • Wall push-ups (heavy work) • Crunchy snack (crunchy or chewy)",
    );
    // Routine practice and commenting.
    expect(text).toContain("5 minutes, 3 days a week (Mon, Wed, Fri)");
    expect(text).toContain(
      "Aim for at least 4 describing comments for every instruction or correction",
    );
  });

  it("leaves out paused activities, from the day, the activities and the tick sheet", async () => {
    const text = flowing(await renderProgramPdf(input, { compress: false }));
    expect(text).not.toContain("Scissors snips");
  });

  it("ends with a tick sheet for the week: Monday to Sunday, an activity a row", async () => {
    const lines = drawnText(await renderProgramPdf(input, { compress: false })).split("\n");
    const sheet = lines.slice(lines.indexOf("Maya's week: Jan 18 to Jan 24"));
    expect(sheet.length).toBeGreaterThan(1);
    expect(sheet).toEqual(
      expect.arrayContaining([
        "Activity",
        "Mon 18",
        "Tue 19",
        "Wed 20",
        "Thu 21",
        "Fri 22",
        "Sat 23",
        "Sun 24",
        "Buttoning, big to small",
        "Shoes and socks",
        "Heavy work before homework",
        "Little crayons, better grip",
        "Be the sportscaster",
      ]),
    );
  });

  it("runs over several pages for a long program, each numbered, and starts the tick sheet on its own", async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      ...routinePractice,
      id: `extra-${i}`,
      content: content(`Practice ${i + 1}`, {
        steps: Array.from({ length: 10 }, (_, s) => `Step ${s + 1} of practice ${i + 1}.`),
      }),
    }));
    const pdf = await renderProgramPdf(
      { ...input, program: { ...program, activities: [...program.activities, ...many] } },
      { compress: false },
    );
    const pages = pageCount(pdf) ?? 0;
    expect(pages).toBeGreaterThan(2);
    const text = drawnText(pdf);
    expect(text).toContain(`Maple Grove Pediatric Therapy · page ${pages} of ${pages}`);
    expect(text).toContain("Step 10 of practice 8.");
  });

  it("prints a short program on few pages, compressed by default", async () => {
    const short = await renderProgramPdf({
      ...input,
      program: { ...program, activities: [commenting] },
    });
    expect(short.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(short)).toBe(2); // the program, then the tick sheet
    expect(short.toString("latin1")).toContain("/FlateDecode");
  });

  it("says so when no activity is active, and leaves out the tick sheet", async () => {
    const pdf = await renderProgramPdf(
      { ...input, program: { ...program, activities: [paused] } },
      { compress: false },
    );
    expect(flowing(pdf)).toContain("There are no activities in the program right now.");
    expect(pageCount(pdf)).toBe(1);
  });

  it("keeps names out of the document's properties", async () => {
    const raw = (await renderProgramPdf(input, { compress: false })).toString("latin1");
    // Drawn text is hex; the literal strings are the document's properties.
    expect(raw).toContain("(Home program)");
    expect(raw).not.toMatch(/\([^)]*Maya[^)]*\)/);
  });
});

describe("describeDose", () => {
  it("says the dose in words, one or many", () => {
    expect(describeDose(15, 5)).toBe("15 minutes a day, 5 days a week");
    expect(describeDose(1, 1)).toBe("1 minute a day, 1 day a week");
  });
});
