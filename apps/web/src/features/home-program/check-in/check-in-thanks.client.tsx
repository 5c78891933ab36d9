"use client";

import { useEffect, useRef, type ReactNode } from "react";

import type { ScoreChange } from "@carryover/domain/home-program/progression";
import { Alert, Badge, Card } from "@carryover/ui";

import { describeChange } from "~/features/home-program/progress/progress-data";
import type { Goal } from "~/features/home-program/progress/types";
import type { CheckInWeek, GoalResult } from "./check-in-data";

export type SentCheckIn = { week: CheckInWeek; results: GoalResult[] };

function ChangeLine({
  what,
  score,
  change,
  since,
}: {
  what: string;
  score: number;
  change: ScoreChange | undefined;
  since: number | undefined;
}) {
  return (
    <p>
      {what}: <strong>{score}</strong>
      {change && since !== undefined ? (
        <>
          , {describeChange(change, since)}
          {change.meaningful ? (
            <Badge tone={change.direction === "up" ? "success" : "warning"} className="ml-2">
              {change.direction === "up" ? "▲ A real step forward" : "▼ Worth talking about"}
            </Badge>
          ) : null}
        </>
      ) : null}
    </p>
  );
}

/** The check-in as sent, each goal against the last time it was rated. */
export function ThankYou({
  childName,
  sent,
  goals,
  progressLink,
}: {
  childName: string;
  sent: SentCheckIn;
  goals: readonly Goal[];
  progressLink: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const wordsOf = (goalId: string) => goals.find((g) => g.id === goalId)?.familyWords ?? goalId;
  const compared = sent.results.some((r) => r.latest.since);
  return (
    <div className="flex flex-col gap-6">
      <Alert tone="success">
        <h2 ref={headingRef} tabIndex={-1} className="font-semibold focus:outline-hidden">
          Thank you. Your {sent.week === 0 ? "first" : `week ${sent.week}`} check-in is saved.
        </h2>
        <p className="mt-1">Your therapist will see it and can talk it through with you.</p>
      </Alert>
      <Card title={compared ? "What changed" : "Your starting point"} titleAs="h2">
        {compared ? (
          <p className="mb-4 text-stone-600">
            A change of 2 points or more is a real change, worth noticing.
          </p>
        ) : (
          <p className="mb-4 text-stone-600">
            Later check-ins will show what is getting easier for {childName}.
          </p>
        )}
        <ul className="flex flex-col divide-y divide-stone-200">
          {sent.results.map(({ goalId, latest }) => (
            <li key={goalId} className="flex flex-col gap-1 py-3">
              <h3 className="font-semibold text-stone-900">{wordsOf(goalId)}</h3>
              <ChangeLine
                what={`How well ${childName} does it`}
                score={latest.performance}
                change={latest.since?.performance}
                since={latest.since?.week}
              />
              <ChangeLine
                what="How happy you are"
                score={latest.satisfaction}
                change={latest.since?.satisfaction}
                since={latest.since?.week}
              />
              {compared && !latest.since ? (
                <p className="text-sm text-stone-600">First rating of this goal.</p>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      {progressLink}
    </div>
  );
}
