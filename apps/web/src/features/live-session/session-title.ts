import type { LiveSession } from "./types";

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/**
 * The session's title from where the viewer sits: the family reads whom they meet ("Parent coaching
 * session with Alex"); the therapist and observers read whom it is for ("Parent coaching session ·
 * Maya's family", or "· 4 children" in a group).
 */
export function sessionTitle(
  session: Pick<LiveSession, "title" | "role" | "therapistFirstName" | "isGroup" | "children">,
): string {
  if (session.role === "guardian") return `${session.title} with ${session.therapistFirstName}`;
  const names = session.children.map((c) => c.firstName);
  if (names.length === 0) return session.title;
  if (session.isGroup && names.length > 2) return `${session.title} · ${names.length} children`;
  return `${session.title} · ${joinNames(names)}'s ${names.length > 1 ? "families" : "family"}`;
}
