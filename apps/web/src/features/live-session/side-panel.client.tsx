"use client";

import { useState } from "react";

import { Alert, Button } from "@carryover/ui";

import { ProgramPanel } from "~/features/home-program/program-panel/program-panel.client";
import { BreakoutsPanel } from "./breakouts-panel.client";
import { CoachingTools } from "./coaching-tools.client";
import { PeoplePanel } from "./people-panel.client";
import { sidePanelTabs, waitingCount, type SidePanelTab } from "./room-phase";
import type { LiveSession } from "./types";
import { useLiveSessionActions } from "./use-live-session-actions.client";

export function SidePanel({
  session,
  today,
  timeZone,
  visiting,
  onVisit,
}: {
  session: LiveSession;
  today: string;
  timeZone: string;
  visiting: string | null;
  onVisit: (roomName: string | null) => void;
}) {
  const therapist = session.role === "therapist";
  const actions = useLiveSessionActions(session.appointmentId);
  const waiting = waitingCount(session);
  const tabs = sidePanelTabs(session);
  const [tab, setTab] = useState<SidePanelTab>("program");
  const [childId, setChildId] = useState(session.children[0]?.id ?? "");
  return (
    <aside
      aria-label="Session side panel"
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      {therapist && waiting > 0 && tab !== "people" ? (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
          {waiting === 1 ? "Someone is" : `${waiting} people are`} waiting to join.{" "}
          <button type="button" className="font-medium underline" onClick={() => setTab("people")}>
            See who
          </button>
        </p>
      ) : null}
      <div
        role="tablist"
        aria-label="Side panel"
        hidden={tabs.length === 1}
        className="flex flex-wrap gap-1 border-b border-stone-200 pb-2"
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setTab(t.id)}
            className="min-h-11 rounded-md px-3 text-sm font-medium text-stone-700 aria-selected:bg-brand-50 aria-selected:text-brand-900"
          >
            {t.label}
          </button>
        ))}
      </div>
      {actions.problem ? <Alert tone="error">{actions.problem}</Alert> : null}
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="min-w-0">
        {tab === "program" ? (
          <ProgramTab
            session={session}
            childId={childId}
            onChild={setChildId}
            today={today}
            timeZone={timeZone}
          />
        ) : tab === "coaching" ? (
          <CoachingTools session={session} actions={actions} today={today} />
        ) : tab === "people" ? (
          <PeoplePanel session={session} actions={actions} />
        ) : (
          <BreakoutsPanel
            session={session}
            actions={actions}
            visiting={visiting}
            onVisit={onVisit}
          />
        )}
      </div>
    </aside>
  );
}

/** The live home program of the child chosen (the first by default); observers see none. */
function ProgramTab({
  session,
  childId,
  onChild,
  today,
  timeZone,
}: {
  session: LiveSession;
  childId: string;
  onChild: (childId: string) => void;
  today: string;
  timeZone: string;
}) {
  const child = session.children.find((c) => c.id === childId) ?? session.children[0];
  if (session.role === "observer")
    return (
      <p className="text-stone-600">
        As an observer you see and hear the session; the home program stays with the child&apos;s
        therapist and family.
      </p>
    );
  if (!child)
    return <p className="text-stone-600">No children are booked into this session yet.</p>;
  return (
    <div className="flex flex-col gap-3">
      {session.children.length > 1 ? (
        <div role="group" aria-label="Whose program" className="flex flex-wrap gap-1">
          {session.children.map((c) => (
            <Button
              key={c.id}
              type="button"
              size="sm"
              variant={c.id === child.id ? "primary" : "secondary"}
              aria-pressed={c.id === child.id}
              onClick={() => onChild(c.id)}
            >
              {c.firstName}
            </Button>
          ))}
        </div>
      ) : null}
      <ProgramPanel
        key={child.id}
        childId={child.id}
        firstName={child.firstName}
        timeZone={timeZone}
        today={today}
        staff={session.role === "therapist"}
        compact
      />
    </div>
  );
}
