/** What a family's home asks of them, in the order the portal shows it. */
export type FamilyNeed =
  | { kind: "form"; formId: string; childName: string; title: string }
  | { kind: "message"; childId: string; childName: string; unread: number }
  | { kind: "practice"; childId: string; childName: string }
  | {
      kind: "session";
      appointmentId: string;
      start: Date;
      childNames: string[];
      therapistName: string;
      sessionTypeName: string;
    }
  | { kind: "balance"; childId: string; childName: string; cents: number };

export type FamilyNeedsInput = {
  forms: { id: string; childName: string; title: string; sentAt: Date }[];
  conversations: { childId: string; childName: string; unread: number }[];
  children: { id: string; firstName: string }[];
  sessions: {
    id: string;
    start: Date;
    status: string;
    sessionTypeName: string;
    therapistName: string;
    children: { firstName: string }[];
  }[];
  balances: { childId: string; childName: string; cents: number }[];
  now: Date;
};

/**
 * The family's home, in the order: forms to sign (the longest waiting first), unread
 * messages (the most first), today's practice for each child, the next session, then what they
 * owe. Nothing here when nothing is asked: a family with nothing waiting sees their practice.
 */
export function familyNeedsOf(input: FamilyNeedsInput): FamilyNeed[] {
  const forms = [...input.forms]
    .sort((a, b) => +a.sentAt - +b.sentAt)
    .map((form): FamilyNeed => ({
      kind: "form",
      formId: form.id,
      childName: form.childName,
      title: form.title,
    }));
  const messages = input.conversations
    .filter((conversation) => conversation.unread > 0)
    .sort((a, b) => b.unread - a.unread)
    .map((c): FamilyNeed => ({
      kind: "message",
      childId: c.childId,
      childName: c.childName,
      unread: c.unread,
    }));
  const practice = input.children.map((child): FamilyNeed => ({
    kind: "practice",
    childId: child.id,
    childName: child.firstName,
  }));
  const next = input.sessions
    .filter((session) => session.status === "scheduled" && +session.start > +input.now)
    .sort((a, b) => +a.start - +b.start)[0];
  const session: FamilyNeed[] = next
    ? [
        {
          kind: "session",
          appointmentId: next.id,
          start: next.start,
          childNames: next.children.map((child) => child.firstName),
          therapistName: next.therapistName,
          sessionTypeName: next.sessionTypeName,
        },
      ]
    : [];
  const balances = input.balances
    .filter((balance) => balance.cents > 0)
    .map((b): FamilyNeed => ({
      kind: "balance",
      childId: b.childId,
      childName: b.childName,
      cents: b.cents,
    }));
  return [...forms, ...messages, ...practice, ...session, ...balances];
}
