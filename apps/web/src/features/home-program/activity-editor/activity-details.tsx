import type { ReactNode } from "react";

import type { Activity, ActivityStructure } from "@carryover/domain/home-program";
import { Badge } from "@carryover/ui";

import { LocalTime } from "~/lib/hour-cycle.client";
import {
  agesText,
  CATEGORY_LABELS,
  DIRECTION_LABELS,
  KIND_LABELS,
  minutesText,
  PROMPT_LABELS,
  routineLabel,
} from "./labels";

type Heading = "h2" | "h3" | "h4";

function Part({ title, as: As, children }: { title: string; as: Heading; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <As className="font-semibold text-stone-900">{title}</As>
      {children}
    </section>
  );
}

/** The goals an activity serves, as chips that wrap on a narrow screen. */
export function GoalChips({ goals }: { goals: readonly string[] }) {
  if (goals.length === 0) return null;
  return (
    <ul aria-label="Goals" className="flex flex-wrap gap-1.5">
      {goals.map((goal, index) => (
        <li
          key={index}
          className="rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-stone-800 ring-1 ring-stone-300 ring-inset"
        >
          {goal}
        </li>
      ))}
    </ul>
  );
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

function StructureDetails({ structure }: { structure: ActivityStructure }) {
  switch (structure.kind) {
    case "ladder": {
      const { rule } = structure;
      return (
        <>
          <ol className="flex flex-col gap-2">
            {structure.levels.map((level, index) => (
              <li key={index} className="rounded-lg border border-stone-200 p-3">
                <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
                  <span>
                    Level {index + 1}: {level.title}
                  </span>
                  {index === structure.currentLevel ? (
                    <Badge tone="brand">Practising now</Badge>
                  ) : null}
                </p>
                {level.change ? <p className="mt-1 text-stone-700">{level.change}</p> : null}
              </li>
            ))}
          </ol>
          <p className="text-stone-700">
            Move up after {percent(rule.stepUpRate)} success in {rule.stepUpSessions}{" "}
            {rule.stepUpSessions === 1 ? "session" : "sessions in a row"}; move down one level when
            a session is below {percent(rule.stepDownBelowRate)}. Sessions with fewer than{" "}
            {rule.minAttempts} tries don't count.
          </p>
        </>
      );
    }
    case "chain":
      return (
        <>
          <p className="text-stone-700">{DIRECTION_LABELS[structure.direction]}.</p>
          <ol className="flex flex-col gap-2">
            {structure.steps.map((step, index) => (
              <li
                key={index}
                className="flex flex-col gap-1 rounded-lg border border-stone-200 p-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="font-medium text-stone-900">
                  {index + 1}. {step.title}
                </span>
                <span className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
                  {PROMPT_LABELS[step.prompt]}
                  <Badge tone={index >= structure.childFrom ? "success" : "neutral"}>
                    {index >= structure.childFrom ? "Child" : "Adult"}
                  </Badge>
                </span>
              </li>
            ))}
          </ol>
          <p className="text-stone-700">
            After {structure.masteryStreak} {structure.masteryStreak === 1 ? "time" : "times"} the
            child does their part alone, they take on one more step.
          </p>
        </>
      );
    case "sensory_diet":
      return (
        <>
          <p className="text-stone-700">
            Start {minutesText(structure.leadMinutes)} before each hard moment; each activity lasts{" "}
            {minutesText(structure.durationMinutes)}.
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <p className="font-medium text-stone-900">Hard moments</p>
              <ul className="mt-1 list-disc pl-5 text-stone-700">
                {structure.moments.map((moment, index) => (
                  <li key={index}>
                    <LocalTime time={moment.time} />: {moment.label}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <p className="font-medium text-stone-900">Menu</p>
              <ul className="mt-1 list-disc pl-5 text-stone-700">
                {structure.menu.map((item, index) => (
                  <li key={index}>
                    {item.title}{" "}
                    <span className="text-stone-600">({CATEGORY_LABELS[item.category]})</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </>
      );
    case "routine_practice":
      return (
        <p className="text-stone-700">
          {minutesText(structure.minutes)} each time, {structure.daysPerWeek}{" "}
          {structure.daysPerWeek === 1 ? "day" : "days"} a week.
        </p>
      );
    case "descriptive_commenting":
      return (
        <p className="text-stone-700">
          At least {structure.targetRatio} descriptive comments for each instruction or correction.
        </p>
      );
  }
}

export type ActivityDetailsProps = {
  activity: Activity;
  /** The level of the parts' headings, one below the caller's title. */
  headingAs?: Heading;
};

/** An activity read-only: summary, when and for whom, steps, why, materials, the technique. */
export function ActivityDetails({ activity, headingAs = "h3" }: ActivityDetailsProps) {
  const { content, structure } = activity;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <p className="text-stone-800">{content.summary}</p>
        <p className="text-sm text-stone-700">
          {routineLabel(content.anchor)} · {minutesText(content.minutes)} a day ·{" "}
          {agesText(content.ages)}
        </p>
        <GoalChips goals={content.goals} />
      </div>
      <Part title="Steps for the parent" as={headingAs}>
        <ol className="list-decimal space-y-2 pl-6 text-stone-800 marker:text-stone-600">
          {content.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      </Part>
      <Part title="Why it works" as={headingAs}>
        <p className="whitespace-pre-line text-stone-800">{content.why}</p>
      </Part>
      <Part title="Materials" as={headingAs}>
        {content.materials.length > 0 ? (
          <ul className="list-disc pl-6 text-stone-800">
            {content.materials.map((material, index) => (
              <li key={index}>{material}</li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">Nothing needed.</p>
        )}
      </Part>
      <Part title={`How it's built: ${KIND_LABELS[structure.kind]}`} as={headingAs}>
        <StructureDetails structure={structure} />
      </Part>
    </div>
  );
}
