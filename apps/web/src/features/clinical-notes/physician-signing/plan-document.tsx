import type { ReactNode } from "react";

import type { PlanOfCareDocument } from "@carryover/api/contracts/plan-of-care";

import { MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import { formatCalendarDateLong, longDate } from "~/lib/time";

const modalityWords = (code: string) =>
  code in MODALITY_LABELS_FOR_STAFF
    ? MODALITY_LABELS_FOR_STAFF[code as keyof typeof MODALITY_LABELS_FOR_STAFF]
    : code;

const TERM_WORDS = { long: "Long-term goal", short: "Short-term goal" } as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-t border-stone-200 pt-4">
      <h2 className="text-sm font-semibold tracking-wide text-stone-600 uppercase">{title}</h2>
      <div className="mt-2 text-stone-900">{children}</div>
    </section>
  );
}

/** The plan of care exactly as the physician certifies it: letterhead, child, diagnoses, plan, goals. */
export function PlanDocument({ document }: { document: PlanOfCareDocument }) {
  const { clinic, child } = document;
  return (
    <article className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <header>
        <p className="text-lg font-semibold text-brand-800">{clinic.name}</p>
        {clinic.address ? <p className="text-sm text-stone-600">{clinic.address}</p> : null}
        {clinic.phone ? <p className="text-sm text-stone-600">{clinic.phone}</p> : null}
        <h1 className="mt-4 text-2xl font-semibold text-stone-900">
          Occupational therapy plan of care
        </h1>
        <p className="mt-1 text-stone-800">
          For <span className="font-semibold">{child.name}</span>, born{" "}
          {formatCalendarDateLong(child.dateOfBirth)}
        </p>
        <p className="text-stone-800">
          From {longDate(document.startOn)} to {longDate(document.endOn)}
        </p>
      </header>
      <Section title="Diagnoses">
        {document.diagnoses.length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {document.diagnoses.map((d) => (
              <li key={`${d.kind}-${d.code}`}>
                <span className="font-mono text-sm">{d.code}</span> {d.description}
                <span className="text-sm text-stone-600"> ({d.kind})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Frequency">
        <p>{document.frequency}</p>
        {document.modalities.length > 0 ? (
          <p className="text-sm text-stone-600">
            Seen: {document.modalities.map(modalityWords).join("; ")}
          </p>
        ) : null}
      </Section>
      <Section title="Interventions">
        <ul className="list-disc pl-5">
          {document.interventions.map((i) => (
            <li key={i.code}>
              {i.label} <span className="font-mono text-sm text-stone-600">({i.code})</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Goals">
        {document.goals.length === 0 ? (
          <p>No goals are attached to this plan.</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {document.goals.map((g, index) => (
              <li key={index}>
                <p className="text-sm font-medium text-stone-600">{TERM_WORDS[g.term]}</p>
                <p>{g.sentence}</p>
              </li>
            ))}
          </ol>
        )}
      </Section>
      {document.homeProgramSummary ? (
        <Section title="Home program">
          <p className="whitespace-pre-line">{document.homeProgramSummary}</p>
        </Section>
      ) : null}
    </article>
  );
}
