import type { AppointmentStatus, Modality, SessionKind } from "@carryover/domain/scheduling";

export type AgendaSession = {
  id: string;
  start: Date;
  end: Date;
  status: AppointmentStatus;
  modality: Modality;
  kind: SessionKind;
  children: { childId: string; firstName: string; lastName: string }[];
};

/**
 * What a session on today's agenda links to: a video session not over yet is joined (the room
 * decides whether it is open), one that is over has a summary; an in-person one has neither.
 */
export function agendaLinkOf(
  session: AgendaSession,
  now: Date,
): { kind: "join" | "summary"; href: string } | null {
  if (session.status === "cancelled" || session.modality !== "telehealth") return null;
  if (session.status === "scheduled" && +session.end > +now)
    return { kind: "join", href: `/sessions/${session.id}` };
  return { kind: "summary", href: `/sessions/${session.id}/summary` };
}
