import { practiceWeekdays } from "@carryover/domain/home-program";
import { addDays, weekdayOf } from "@carryover/domain/scheduling";

import { INK, MARGIN, MUTED, printable, RULE, SHADE } from "~/lib/pdf-writer";
import { shortDate } from "~/lib/time";
import { possessive, WEEKDAY_NAMES, type PrintableActivity } from "./printable-program";

/** A page to put on the fridge: each active activity × Monday to Sunday, a box on its days. */
export function tickSheet(
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
