/** What a family did to one of a therapist's sessions. */
export const FAMILY_CHANGE_KINDS = ["booked", "moved", "cancelled"] as const;
export type FamilyChangeKind = (typeof FAMILY_CHANGE_KINDS)[number];

export type FamilyChange = {
  kind: FamilyChangeKind;
  /** The session's start after the change (the cancelled start for a cancellation). */
  start: Date;
  /** The start before a move. */
  from: Date | null;
  childFirstNames: string[];
  sessionTypeName: string;
};

type FormatTime = (at: Date) => string;

const names = (first: readonly string[]) =>
  first.length <= 1
    ? (first[0] ?? "A child")
    : `${first.slice(0, -1).join(", ")} and ${first.at(-1) ?? ""}`;

/** "Maya's family booked Parent coaching session for Tuesday, …": one line for the therapist's list. */
export function describeFamilyChange(change: FamilyChange, formatTime: FormatTime): string {
  const who = `${names(change.childFirstNames)}'s family`;
  const when = formatTime(change.start);
  const what = change.sessionTypeName;
  switch (change.kind) {
    case "booked":
      return `${who} booked ${what} for ${when}.`;
    case "moved":
      return `${who} moved ${what} from ${change.from ? formatTime(change.from) : "its old time"} to ${when}.`;
    case "cancelled":
      return `${who} cancelled ${what} on ${when}.`;
  }
}

const SUBJECT_VERB: Record<FamilyChangeKind, string> = {
  booked: "booked a session for",
  moved: "moved a session to",
  cancelled: "cancelled the session on",
};

/**
 * The email a therapist who asked for it gets when a family books, moves or cancels. The subject names
 * no child (it shows on lock screens and in shared inboxes); the body uses first names only.
 */
export function composeFamilyChangeEmail(
  change: FamilyChange,
  facts: { therapistName: string; clinicName: string; formatTime: FormatTime; appUrl: string },
): { subject: string; text: string } {
  const when = facts.formatTime(change.start);
  return {
    subject: `A family ${SUBJECT_VERB[change.kind]} ${when}`,
    text: [
      `Hello ${facts.therapistName.split(" ")[0] ?? facts.therapistName},`,
      "",
      describeFamilyChange(change, facts.formatTime),
      "",
      `Your calendar: ${facts.appUrl}/therapist/calendar`,
      `Your notifications: ${facts.appUrl}/therapist/notifications`,
      "",
      `You get these emails because you asked for them on your account page (${facts.appUrl}/account).`,
      "",
      facts.clinicName,
    ].join("\n"),
  };
}
