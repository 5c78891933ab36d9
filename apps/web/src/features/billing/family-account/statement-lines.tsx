import type { StatementLine } from "@carryover/api/contracts/statement";

import { formatCents } from "~/lib/money";
import { formatCalendarDate } from "~/lib/time";

const creditWords = (cents: number) =>
  cents < 0 ? `${formatCents(-cents)} off` : formatCents(cents);

function VisitLine({ line }: { line: Extract<StatementLine, { kind: "visit" }> }) {
  return (
    <>
      <p className="text-stone-800">{line.sentence}</p>
      {line.planAdjustedCents > 0 ? (
        <p className="text-sm text-stone-600">
          Billed {formatCents(line.chargedCents)}; your plan&apos;s discount took{" "}
          {formatCents(line.planAdjustedCents)} off.
        </p>
      ) : null}
    </>
  );
}

/** A statement's lines: each visit in a plain sentence, each fee, invoice and payment, and its amount. */
export function StatementLines({ lines }: { lines: StatementLine[] }) {
  if (lines.length === 0)
    return (
      <p className="text-stone-700">Nothing on your account yet: no visits, fees or payments.</p>
    );
  return (
    <ul
      className="flex flex-col divide-y divide-stone-200"
      aria-label="What your balance is made of"
    >
      {[...lines].reverse().map((line, i) => (
        <li key={`${line.on}-${i}`} className="flex flex-col gap-1 py-3">
          <div className="flex items-baseline justify-between gap-3">
            <p className="font-medium text-stone-900">
              {line.description}
              <span className="ml-2 text-sm font-normal text-stone-600">
                {formatCalendarDate(line.on)}
              </span>
            </p>
            <p
              className={
                line.cents < 0 ? "font-semibold text-emerald-800" : "font-semibold text-stone-900"
              }
            >
              {line.kind === "visit"
                ? `Your share ${formatCents(line.cents)}`
                : creditWords(line.cents)}
            </p>
          </div>
          {line.kind === "visit" ? <VisitLine line={line} /> : null}
        </li>
      ))}
    </ul>
  );
}
