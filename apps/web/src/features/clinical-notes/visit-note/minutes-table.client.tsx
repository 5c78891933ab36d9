"use client";

import { useId, useState } from "react";

import {
  SERVICE_CPT_CODES,
  SERVICE_LABELS,
  TREATMENT_SERVICES,
  type TreatmentService,
} from "@carryover/domain/clinical-notes";
import { Button, Card } from "@carryover/ui";

import { plural } from "~/lib/words";
import { SELECT } from "../note-editor/labels";
import {
  assignUnmarked,
  serviceRows,
  setServiceMinutes,
  type VisitContent,
} from "./visit-note-model";

type Edit = (change: (c: VisitContent) => VisitContent) => void;

const NUMBER = "w-20 rounded-lg border border-stone-500 px-2 py-1 text-right tabular-nums";

const wholeMinutes = (value: string) => Math.max(0, Math.min(1440, Math.floor(Number(value) || 0)));

/** Minutes per service: from the session timer for a video visit, typed for an in-person one. */
export function MinutesTable({
  content,
  edit,
  onBlur,
}: {
  content: VisitContent;
  edit: Edit;
  onBlur: () => void;
}) {
  const typed = content.source === "in_person";
  const rows = serviceRows(content).filter((r) => typed || r.minutes > 0);
  return (
    <Card
      title="Minutes"
      titleAs="h2"
      description={
        typed
          ? "Type the minutes of each service you gave."
          : "From the session timer and the services you marked."
      }
    >
      <table className="w-full text-left text-stone-900" onBlur={onBlur}>
        <caption className="sr-only">Minutes of each service</caption>
        <thead>
          <tr className="border-b border-stone-300 text-sm text-stone-700">
            <th scope="col" className="py-2">
              Service
            </th>
            <th scope="col" className="py-2">
              CPT
            </th>
            <th scope="col" className="py-2 text-right">
              Minutes
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ service, minutes }) => (
            <tr key={service} className="border-b border-stone-200">
              <th scope="row" className="py-2 font-normal">
                {SERVICE_LABELS[service]}
              </th>
              <td className="py-2 tabular-nums">{SERVICE_CPT_CODES[service]}</td>
              <td className="py-2 text-right tabular-nums">
                {typed ? (
                  <input
                    type="number"
                    min={0}
                    max={1440}
                    inputMode="numeric"
                    aria-label={`Minutes of ${SERVICE_LABELS[service]}`}
                    value={minutes}
                    onChange={(e) =>
                      edit((c) => setServiceMinutes(c, service, wholeMinutes(e.target.value)))
                    }
                    className={NUMBER}
                  />
                ) : (
                  minutes
                )}
              </td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3} className="py-2 text-stone-700">
                No minutes were marked to a service.
              </td>
            </tr>
          ) : null}
          <tr className="border-b border-stone-200">
            <th scope="row" className="py-2 font-normal">
              Caregiver only (no child present)
            </th>
            <td className="py-2 tabular-nums">{SERVICE_CPT_CODES.caregiver_training}</td>
            <td className="py-2 text-right tabular-nums">
              {typed ? (
                <input
                  type="number"
                  min={0}
                  max={1440}
                  aria-label="Caregiver-only minutes"
                  value={content.minutes.caregiverOnly}
                  onChange={(e) =>
                    edit((c) => ({
                      ...c,
                      minutes: { ...c.minutes, caregiverOnly: wholeMinutes(e.target.value) },
                    }))
                  }
                  className={NUMBER}
                />
              ) : (
                content.minutes.caregiverOnly
              )}
            </td>
          </tr>
        </tbody>
      </table>
      {content.minutes.unmarkedChildPresent > 0 ? (
        <UnmarkedMinutes minutes={content.minutes.unmarkedChildPresent} edit={edit} />
      ) : null}
    </Card>
  );
}

function UnmarkedMinutes({ minutes, edit }: { minutes: number; edit: Edit }) {
  const hintId = useId();
  const [service, setService] = useState<TreatmentService>("therapeutic_activities");
  return (
    <div className="mt-4 flex flex-col gap-2 rounded-lg border-2 border-amber-400 bg-amber-50 p-3">
      <p id={hintId} className="text-stone-900">
        <strong>{plural(minutes, "minute")} with the child</strong> came before your first service
        mark. Give them to the service you were giving.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="note-unmarked" className="font-medium text-stone-900">
          Assign to
        </label>
        <select
          id="note-unmarked"
          aria-describedby={hintId}
          value={service}
          onChange={(e) => setService(e.target.value as TreatmentService)}
          className={SELECT}
        >
          {TREATMENT_SERVICES.map((s) => (
            <option key={s} value={s}>
              {SERVICE_LABELS[s]}
            </option>
          ))}
        </select>
        <Button type="button" size="sm" onClick={() => edit((c) => assignUnmarked(c, service))}>
          Assign {plural(minutes, "minute")}
        </Button>
      </div>
    </div>
  );
}
