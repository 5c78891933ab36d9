"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, Button, SelectField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { addTap, countTaps, ladderEntry, TAP_LABELS, triesText, type Tap } from "./trial-taps";
import type { LiveSession } from "./types";

/** Counts the tries of the activity being practised and saves them to the child's log as in-session. */
export function TrialCounter({ session, today }: { session: LiveSession; today: string }) {
  const trpc = useTRPC();
  const [childId, setChildId] = useState(session.children[0]?.id ?? "");
  const program = useQuery({
    ...trpc.program.get.queryOptions({ childId }),
    enabled: Boolean(childId),
  });
  const ladders = (program.data?.program?.activities ?? []).filter(
    (a) => a.status === "active" && a.structure.kind === "ladder",
  );
  const [activityId, setActivityId] = useState<string | null>(null);
  const activity = ladders.find((a) => a.id === activityId) ?? ladders[0];
  const [taps, setTaps] = useState<Tap[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const log = useMutation(
    trpc.practice.log.mutationOptions({
      onSuccess: () => {
        setSaved(`Saved ${triesText(taps.length)} to the practice log.`);
        setTaps([]);
      },
    }),
  );
  const firstName = session.children.find((c) => c.id === childId)?.firstName ?? "the child";
  return (
    <section aria-labelledby="trials-title" className="flex flex-col gap-2">
      <h3 id="trials-title" className="font-semibold text-stone-900">
        Trial counter
      </h3>
      {session.children.length > 1 ? (
        <SelectField
          label="Child"
          name="trial-child"
          value={childId}
          onChange={(e) => (setChildId(e.target.value), setActivityId(null), setTaps([]))}
          options={session.children.map((c) => ({ value: c.id, label: c.firstName }))}
        />
      ) : null}
      {!activity || activity.structure.kind !== "ladder" ? (
        <p className="text-sm text-stone-600">
          {program.isPending
            ? "Loading activities…"
            : `${firstName} has no level-by-level activity to count.`}
        </p>
      ) : (
        <>
          <SelectField
            label="Activity"
            name="trial-activity"
            value={activity.id}
            onChange={(e) => (setActivityId(e.target.value), setTaps([]))}
            options={ladders.map((a) => ({ value: a.id, label: a.content.title }))}
            hint={`Level ${activity.structure.currentLevel + 1}: ${activity.structure.levels[activity.structure.currentLevel]?.title ?? ""}`}
          />
          <TapButtons
            taps={taps}
            onTap={(t) => (setSaved(null), setTaps((all) => addTap(all, t)))}
          />
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              disabled={taps.length === 0}
              busy={log.isPending}
              onClick={() => {
                const structure = activity.structure;
                if (structure.kind !== "ladder") return;
                log.mutate({
                  childId,
                  activityId: activity.id,
                  clientKey: crypto.randomUUID(),
                  practisedOn: today,
                  inSession: true,
                  entry: ladderEntry(taps, structure.currentLevel),
                });
              }}
            >
              {taps.length ? `Save ${triesText(taps.length)} to the log` : "Tap for each try"}
            </Button>
            {taps.length ? (
              <Button type="button" variant="ghost" onClick={() => setTaps((t) => t.slice(0, -1))}>
                Undo last tap
              </Button>
            ) : null}
          </div>
          <p aria-live="polite" className="text-sm text-green-800">
            {saved}
          </p>
          {log.isError ? <Alert tone="error">{describeError(log.error).message}</Alert> : null}
        </>
      )}
    </section>
  );
}

function TapButtons({ taps, onTap }: { taps: Tap[]; onTap: (tap: Tap) => void }) {
  return (
    <div className="grid grid-cols-3 gap-2" role="group" aria-label="Count each try">
      {(Object.keys(TAP_LABELS) as Tap[]).map((t) => (
        <Button
          key={t}
          type="button"
          variant="secondary"
          className="min-h-16 flex-col"
          onClick={() => onTap(t)}
        >
          <span className="text-2xl font-semibold tabular-nums">{countTaps(taps, t)}</span>
          <span className="text-sm">{TAP_LABELS[t]}</span>
        </Button>
      ))}
    </div>
  );
}
