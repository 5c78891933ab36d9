"use client";

import { useEffect, useState } from "react";

import { Button, SelectField } from "@carryover/ui";

import type { LiveSession } from "./types";
import type { LiveSessionActions } from "./use-live-session-actions.client";

function useCountdown(until: Date | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  if (!until) return null;
  const left = Math.max(0, Math.round((+until - now) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
}

/** Group sessions: split the families into sub-rooms, visit any of them, bring everyone back. */
export function BreakoutsPanel({
  session,
  actions,
  visiting,
  onVisit,
}: {
  session: LiveSession;
  actions: LiveSessionActions;
  visiting: string | null;
  onVisit: (roomName: string | null) => void;
}) {
  const [rooms, setRooms] = useState("2");
  const [minutes, setMinutes] = useState("10");
  const left = useCountdown(session.breakoutsEndAt);
  const ref = { appointmentId: session.appointmentId };
  const families = session.participants.filter(
    (p) => p.role === "guardian" && p.admission === "admitted",
  );

  if (session.breakouts.length === 0)
    return (
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          actions.startBreakouts.mutate({ ...ref, rooms: Number(rooms), minutes: Number(minutes) });
        }}
      >
        <p className="text-sm text-stone-700">
          Split the families into smaller rooms for practice. {families.length} family members are
          in the session; a family stays together.
        </p>
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            label="Rooms"
            name="rooms"
            value={rooms}
            onChange={(e) => setRooms(e.target.value)}
            options={[2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: String(n) }))}
          />
          <SelectField
            label="Minutes"
            name="minutes"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            options={[5, 10, 15, 20, 30].map((n) => ({ value: String(n), label: `${n} min` }))}
          />
        </div>
        <Button type="submit" busy={actions.startBreakouts.isPending}>
          Open breakout rooms
        </Button>
      </form>
    );

  return (
    <div className="flex flex-col gap-3">
      <p aria-live="polite" className="text-stone-800">
        Breakout rooms are open{left ? ` · ${left} left` : ""}.
      </p>
      <ul className="flex flex-col gap-2">
        {session.breakouts.map((room) => {
          const members = session.participants.filter((p) => p.breakout === room.label);
          return (
            <li
              key={room.roomName}
              className="flex flex-col gap-2 rounded-lg border border-stone-200 px-3 py-2"
            >
              <span className="font-medium text-stone-900">{room.label}</span>
              <span className="text-sm text-stone-700">
                {members.map((m) => m.name).join(", ") || "Empty"}
              </span>
              <Button
                type="button"
                size="sm"
                variant={visiting === room.roomName ? "primary" : "secondary"}
                aria-pressed={visiting === room.roomName}
                onClick={() => onVisit(visiting === room.roomName ? null : room.roomName)}
              >
                {visiting === room.roomName ? `Leave ${room.label}` : `Visit ${room.label}`}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        type="button"
        busy={actions.endBreakouts.isPending}
        onClick={() => actions.endBreakouts.mutate(ref, { onSuccess: () => onVisit(null) })}
      >
        Bring everyone back
      </Button>
    </div>
  );
}
