"use client";

import { useState } from "react";

import { buttonClasses, SelectField } from "@carryover/ui";

const MONTHS_BACK = 12;

/** The last twelve months, newest first: each one's first and last day and its name. */
function recentMonths(today = new Date()) {
  return Array.from({ length: MONTHS_BACK }, (_, back) => {
    const first = new Date(Date.UTC(today.getFullYear(), today.getMonth() - back, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const name = first.toLocaleDateString("en-US", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    return { from: day(first), to: day(last), name };
  });
}

/** A month's superbill to download: the itemized receipt an out-of-network plan asks for. */
export function SuperbillLink({
  childId,
  forStaff = false,
}: {
  childId: string;
  forStaff?: boolean;
}) {
  const months = recentMonths();
  const [chosen, setChosen] = useState(months[0]?.from ?? "");
  const month = months.find((m) => m.from === chosen) ?? months[0];
  if (!month) return null;
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-lg font-semibold text-stone-900">
        {forStaff ? "Superbills" : "Superbill for your insurance"}
      </h3>
      <p className="text-stone-700">
        {forStaff
          ? "The itemized receipt an out-of-network family sends its plan: the clinic's NPI and tax ID, diagnoses, each visit's codes and what the family paid."
          : "If the clinic is out of your plan's network, send this itemized receipt to your plan to ask for money back."}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          label="Month"
          name="month"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          options={months.map((m) => ({ value: m.from, label: m.name }))}
        />
        <a
          className={buttonClasses({ variant: "secondary" })}
          href={`/api/billing/superbills/${childId}?from=${month.from}&to=${month.to}`}
          download
        >
          Download the superbill (PDF)
        </a>
      </div>
    </section>
  );
}
