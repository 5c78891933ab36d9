import type { LiveSession } from "./types";

type RoomView = Pick<LiveSession, "ended" | "window" | "admission">;

/** Admitted to a session not yet over, having started, asked or waited here: the video connects. */
export const inVideoRoom = (session: Omit<RoomView, "window">, joining: boolean) =>
  !session.ended && session.admission === "admitted" && joining;

/** What the page shows: the end, the wait for the window to open, the lobby, or the room. */
export function roomPhase(session: RoomView, joining: boolean) {
  if (session.ended) return "ended";
  if (!session.window.open) return "closed";
  return inVideoRoom(session, joining) ? "room" : "lobby";
}

/** The lobby's main button: the therapist starts, an admitted family joins, anyone else asks. */
export function entryLabel(session: Pick<LiveSession, "role" | "admission">) {
  if (session.role === "therapist") return "Start the session";
  return session.admission === "admitted" ? "Join now" : "Ask to join";
}

export type SidePanelTab = "program" | "coaching" | "people" | "breakouts";

export const waitingCount = (session: Pick<LiveSession, "participants">) =>
  session.participants.filter((p) => p.admission === "waiting").length;

/** Everyone sees the home program; the therapist also coaches, admits and, in a group, splits. */
export function sidePanelTabs(
  session: Pick<LiveSession, "role" | "participants" | "isGroup">,
): { id: SidePanelTab; label: string }[] {
  if (session.role !== "therapist") return [{ id: "program", label: "Home program" }];
  const waiting = waitingCount(session);
  return [
    { id: "program", label: "Home program" },
    { id: "coaching", label: "Coaching" },
    { id: "people", label: waiting ? `People (${waiting} waiting)` : "People" },
    ...(session.isGroup ? [{ id: "breakouts" as const, label: "Breakouts" }] : []),
  ];
}
