/** What a family calls a session: a group's own name ("Handwriting club"), else its session type's. */
export function sessionName(session: { groupName: string | null; sessionTypeName: string }) {
  return session.groupName ?? session.sessionTypeName;
}
