import {
  familyDay,
  practiceWeekdays,
  regulationBlocksOn,
  ROUTINE_NAMES,
  routineTimeOf,
  type ActivityContent,
  type RegulationCategory,
} from "@carryover/domain/home-program";
import { isCalendarDate, mondayOf } from "@carryover/domain/scheduling";

import { createPdfWriter, INK, MARGIN, MUTED, printable, RULE } from "~/lib/pdf-writer";
import { formatCalendarDateLong, localTime, localTimeRange, type HourCycle } from "~/lib/time";
import { possessive, WEEKDAY_NAMES, type PrintableProgram } from "./printable-program";
import { tickSheet } from "./tick-sheet";

export type { PrintableProgram };

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

const CATEGORY_WORDS: Record<RegulationCategory, string> = {
  heavy_work: "heavy work",
  oral_motor: "crunchy or chewy",
  rhythmic_movement: "slow rhythmic movement",
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const describeDose = (minutesPerDay: number, daysPerWeek: number) =>
  `${plural(minutesPerDay, "minute")} a day, ${plural(daysPerWeek, "day")} a week`;

// "Homework" reads "homework" inside a sentence; an acronym such as "PE" keeps its capitals.
const inSentence = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

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
  const pdf = createPdfWriter({ title: "Home program", author: input.clinicName, ...options });
  const { doc, left, width, ensureRoom, heading, paragraph, numbered, bullets, label } = pdf;
  const { program, childFirstName } = input;
  const name = printable(childFirstName);
  const active = program.activities.filter((a) => a.status === "active");
  // Monday is a practice day at every count of days a week, so everything shows on it.
  const monday = mondayOf(input.today);
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

  return pdf.finish(input.clinicName);
}
