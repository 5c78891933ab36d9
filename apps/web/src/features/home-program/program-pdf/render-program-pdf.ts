import PDFDocument from "pdfkit";

import {
  familyDay,
  practiceWeekdays,
  regulationBlocksOn,
  ROUTINE_NAMES,
  routineTimeOf,
  type ActivityContent,
  type ActivityStatus,
  type ActivityStructure,
  type RegulationCategory,
} from "@carryover/domain/home-program";
import { addDays, isCalendarDate, mondayOf, weekdayOf } from "@carryover/domain/scheduling";

import {
  formatCalendarDateLong,
  localTime,
  localTimeRange,
  shortDate,
  type HourCycle,
} from "~/lib/time";

type PrintableActivity = {
  id: string;
  status: ActivityStatus;
  content: ActivityContent;
  structure: ActivityStructure;
};

/** What a printed program shows: the program as `program.get` returns it. */
export type PrintableProgram = {
  goals: readonly { familyWords: string }[];
  minutesPerDay: number;
  daysPerWeek: number;
  routineTimes: Readonly<Record<string, string>>;
  activities: readonly PrintableActivity[];
};

export type ProgramPdfInput = {
  program: PrintableProgram;
  childFirstName: string;
  clinicName: string;
  /** The clinic's local date "YYYY-MM-DD": the tick sheet is for its week. */
  today: string;
  /** The clinic's zone, in which the family's times are written. */
  timeZone: string;
  /** The reader's clock (12-hour unless they chose 24). */
  cycle?: HourCycle;
};

const MARGIN = 54;
const INK = "#1c1917";
const MUTED = "#57534e";
const RULE = "#a8a29e";
const SHADE = "#f5f5f4";

const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

const CATEGORY_WORDS: Record<RegulationCategory, string> = {
  heavy_work: "heavy work",
  oral_motor: "crunchy or chewy",
  rhythmic_movement: "slow rhythmic movement",
};

// The standard PDF fonts encode Windows-1252 only: these are its characters beyond Latin-1.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "≥": ">=",
  "≤": "<=",
  // Letters with no decomposition to a base letter and a mark.
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
};

/** Text the built-in Helvetica can draw: other characters lose their accents, or become "?". */
export function printable(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
      out += char;
    else if (CP1252_EXTRA.has(char)) out += char;
    else if (REPLACEMENTS[char]) out += REPLACEMENTS[char];
    else {
      const plain = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += /^[\x20-\x7e]+$/.test(plain) ? plain : "?";
    }
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const describeDose = (minutesPerDay: number, daysPerWeek: number) =>
  `${plural(minutesPerDay, "minute")} a day, ${plural(daysPerWeek, "day")} a week`;

// "Homework" reads "homework" inside a sentence; an acronym such as "PE" keeps its capitals.
const inSentence = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

function routineName(content: ActivityContent) {
  const { anchor } = content;
  return anchor.routine === "custom"
    ? (anchor.customLabel ?? "Own routine")
    : ROUTINE_NAMES[anchor.routine];
}

/**
 * A child's home program as a printable PDF for families who prefer paper: goals, dose, the family's
 * day, each active activity in full, and a tick sheet for the week of `today`.
 */
export async function renderProgramPdf(
  input: ProgramPdfInput,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  if (!isCalendarDate(input.today))
    throw new RangeError(`today must be written YYYY-MM-DD (got "${input.today}")`);
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    // No names in the document's properties: a file may be shared or synced.
    info: { Title: "Home program", Author: printable(input.clinicName), Producer: "Carryover" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const { program, childFirstName } = input;
  const name = printable(childFirstName);
  const active = program.activities.filter((a) => a.status === "active");
  // Monday is a practice day at every count of days a week, so everything shows on it.
  const monday = mondayOf(input.today);
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;

  const ensureRoom = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    ensureRoom(60);
    doc.moveDown(0.6);
    doc.font("Helvetica-Bold").fontSize(15).fillColor(INK).text(printable(text), left, doc.y, {
      width,
    });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, opts: { font?: string; size?: number; color?: string } = {}) => {
    doc
      .font(opts.font ?? "Helvetica")
      .fontSize(opts.size ?? 11)
      .fillColor(opts.color ?? INK)
      .text(printable(text), left, doc.y, { width, lineGap: 2 });
  };
  /** Items with a hanging marker ("1.", "•"), so wrapped lines stay clear of it. */
  const list = (items: readonly string[], marker: (i: number) => string, indent = 0) => {
    doc.font("Helvetica").fontSize(11).fillColor(INK);
    for (const [i, item] of items.entries()) {
      ensureRoom(doc.currentLineHeight(true) * 2);
      const y = doc.y;
      doc.text(marker(i), left + indent, y, { width: 18, lineBreak: false });
      doc.text(printable(item), left + indent + 18, y, { width: width - indent - 18, lineGap: 2 });
      doc.moveDown(0.15);
    }
  };
  const numbered = (items: readonly string[], indent = 0) =>
    list(items, (i) => `${i + 1}.`, indent);
  const bullets = (items: readonly string[], indent = 0) => list(items, () => "•", indent);
  const label = (text: string) => {
    ensureRoom(40);
    doc.moveDown(0.3);
    paragraph(text, { font: "Helvetica-Bold", size: 11 });
    doc.moveDown(0.1);
  };

  // Title
  doc
    .font("Helvetica-Bold")
    .fontSize(24)
    .fillColor(INK)
    .text(`${possessive(name)} home program`, left, MARGIN, { width });
  doc.moveDown(0.2);
  paragraph(`From ${input.clinicName} · printed ${formatCalendarDateLong(input.today)}`, {
    color: MUTED,
  });

  if (program.goals.length > 0) {
    heading("What we're working towards");
    bullets(program.goals.map((g) => g.familyWords));
  }

  heading("How much");
  paragraph(describeDose(program.minutesPerDay, program.daysPerWeek));
  paragraph(
    "A little, often, in the middle of everyday routines works better than a lot at once.",
    {
      color: MUTED,
      size: 10,
    },
  );

  const day = familyDay({
    activities: active,
    routineTimes: program.routineTimes,
    date: monday,
    timeZone: input.timeZone,
  });
  if (day.moments.length > 0 || day.unscheduled.length > 0) {
    heading("Your day");
    for (const moment of day.moments) {
      ensureRoom(36);
      const y = doc.y;
      const time =
        moment.kind === "regulation"
          ? localTimeRange(moment.time, moment.endTime, input.cycle)
          : localTime(moment.time, input.cycle);
      doc.font("Helvetica-Bold").fontSize(11).fillColor(INK);
      doc.text(time, left, y, { width: 80, lineBreak: false });
      const what =
        moment.kind === "regulation"
          ? `${moment.label} (${localTime(moment.block.moment.time, input.cycle)}): ${moment.activity.content.title}`
          : `${moment.label}: ${moment.activities.map((a) => a.content.title).join("; ")}`;
      doc.font("Helvetica").text(printable(what), left + 80, y, { width: width - 80, lineGap: 2 });
      doc.moveDown(0.25);
    }
    if (day.unscheduled.length > 0) {
      ensureRoom(36);
      const y = doc.y;
      doc.font("Helvetica-Bold").fontSize(11).text("Any time", left, y, {
        width: 80,
        lineBreak: false,
      });
      doc
        .font("Helvetica")
        .text(printable(day.unscheduled.map((a) => a.content.title).join("; ")), left + 80, y, {
          width: width - 80,
        });
    }
  }

  if (active.length === 0) {
    heading("Activities");
    paragraph("There are no activities in the program right now. Your therapist will add them.");
  }
  for (const [index, activity] of active.entries()) {
    const { content, structure } = activity;
    ensureRoom(140);
    doc.moveDown(index === 0 ? 0.8 : 1);
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.moveDown(0.5);
    paragraph(content.title, { font: "Helvetica-Bold", size: 14 });
    doc.moveDown(0.15);
    paragraph(content.summary);
    const when =
      structure.kind === "sensory_diet"
        ? "before each hard moment below"
        : `${routineName(content)}${
            routineTimeOf(content.anchor, program.routineTimes)
              ? ` (${localTime(routineTimeOf(content.anchor, program.routineTimes) ?? "", input.cycle)})`
              : ""
          }`;
    paragraph(`About ${plural(content.minutes, "minute")} · ${when}`, { color: MUTED, size: 10 });

    switch (structure.kind) {
      case "ladder": {
        const level = structure.levels[structure.currentLevel];
        label(
          `Level ${structure.currentLevel + 1} of ${structure.levels.length}: ${level?.title ?? ""}`,
        );
        if (level?.change) paragraph(`What changes at this level: ${level.change}`);
        const next = structure.levels[structure.currentLevel + 1];
        if (next) paragraph(`Next level: ${next.title}`, { color: MUTED, size: 10 });
        break;
      }
      case "chain": {
        label(
          structure.childFrom === 0
            ? `${name} does every step alone`
            : `${name} does the last ${plural(structure.steps.length - structure.childFrom, "step")} alone; you do the others together`,
        );
        numbered(
          structure.steps.map((s, i) =>
            i >= structure.childFrom ? `${s.title} (${name} does this alone)` : s.title,
          ),
        );
        break;
      }
      case "sensory_diet": {
        label("Before each hard moment");
        bullets(
          regulationBlocksOn(structure, monday, input.timeZone).map(
            (b) =>
              `${localTimeRange(b.start, b.end, input.cycle)}, before ${inSentence(b.moment.label)} at ${localTime(b.moment.time, input.cycle)}`,
          ),
        );
        label(`Choose one (${plural(structure.durationMinutes, "minute")})`);
        bullets(structure.menu.map((m) => `${m.title} (${CATEGORY_WORDS[m.category]})`));
        break;
      }
      case "routine_practice": {
        const days = practiceWeekdays(structure.daysPerWeek).map((d) => WEEKDAY_NAMES[d - 1]);
        label(
          `${plural(structure.minutes, "minute")}, ${plural(structure.daysPerWeek, "day")} a week (${days.join(", ")})`,
        );
        break;
      }
      case "descriptive_commenting": {
        label(
          `Aim for at least ${structure.targetRatio} describing comments for every instruction or correction`,
        );
        paragraph('Say what you see: "You\'re holding the pencil with three fingers."', {
          color: MUTED,
          size: 10,
        });
        break;
      }
    }

    label("How to do it");
    numbered(content.steps);
    if (content.materials.length > 0) {
      label("You'll need");
      bullets(content.materials);
    }
  }

  if (active.length > 0) tickSheet(doc, active, monday, name);

  // Footer on every page, in the bottom margin (with no margin there, so no new page starts).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(MUTED)
      .text(
        printable(`${input.clinicName} · page ${i - range.start + 1} of ${range.count}`),
        left,
        doc.page.height - MARGIN + 18,
        { width, align: "center", lineBreak: false },
      );
    doc.page.margins.bottom = saved;
  }
  doc.end();
  return done;
}

/** A page to put on the fridge: each active activity × Monday to Sunday, a box on its days. */
function tickSheet(
  doc: PDFKit.PDFDocument,
  activities: readonly PrintableActivity[],
  monday: string,
  name: string,
) {
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const firstColumn = 190;
  const column = (width - firstColumn) / 7;
  const box = 16;
  const dates = WEEKDAY_NAMES.map((_, i) => addDays(monday, i));

  const header = () => {
    doc.addPage();
    doc
      .font("Helvetica-Bold")
      .fontSize(18)
      .fillColor(INK)
      .text(
        `${possessive(name)} week: ${shortDate(monday)} to ${shortDate(addDays(monday, 6))}`,
        left,
        MARGIN,
        {
          width,
        },
      );
    doc.moveDown(0.2);
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor(MUTED)
      .text(
        "Tick a box each time you practise. A dash means it is not planned that day.",
        left,
        doc.y,
        {
          width,
        },
      );
    doc.moveDown(0.8);
    const y = doc.y;
    doc.rect(left, y, width, 24).fill(SHADE);
    doc.font("Helvetica-Bold").fontSize(10).fillColor(INK);
    doc.text("Activity", left + 6, y + 7, { width: firstColumn - 12, lineBreak: false });
    dates.forEach((date, i) => {
      doc.text(
        `${WEEKDAY_NAMES[i]} ${date.slice(8).replace(/^0/, "")}`,
        left + firstColumn + i * column,
        y + 7,
        {
          width: column,
          align: "center",
          lineBreak: false,
        },
      );
    });
    doc.y = y + 24;
  };

  header();
  for (const activity of activities) {
    doc.font("Helvetica").fontSize(10);
    const title = printable(activity.content.title);
    const textHeight = doc.heightOfString(title, { width: firstColumn - 12 });
    const rowHeight = Math.max(34, textHeight + 16);
    if (doc.y + rowHeight > doc.page.height - MARGIN) header();
    const y = doc.y;
    doc.fillColor(INK).text(title, left + 6, y + (rowHeight - textHeight) / 2, {
      width: firstColumn - 12,
    });
    dates.forEach((date, i) => {
      const x = left + firstColumn + i * column + (column - box) / 2;
      const top = y + (rowHeight - box) / 2;
      const due =
        activity.structure.kind !== "routine_practice" ||
        practiceWeekdays(activity.structure.daysPerWeek).includes(weekdayOf(date));
      if (due) doc.rect(x, top, box, box).lineWidth(1).strokeColor(INK).stroke();
      else
        doc
          .moveTo(x + 4, top + box / 2)
          .lineTo(x + box - 4, top + box / 2)
          .lineWidth(1)
          .strokeColor(RULE)
          .stroke();
    });
    doc
      .moveTo(left, y + rowHeight)
      .lineTo(left + width, y + rowHeight)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + rowHeight;
  }
  doc.x = left;
}
