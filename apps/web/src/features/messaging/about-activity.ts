/** What a new message is about: an activity of the program or a session, and its name in words. */
export type MessageAbout =
  | { activityId: string; appointmentId?: undefined; title: string }
  | { appointmentId: string; activityId?: undefined; title: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const named = (title: string | undefined, otherwise: string) =>
  (title ?? "").slice(0, 120) || otherwise;

/**
 * What `?activity=<id>` or `?appointment=<id>` (with `&about=<words>`) names, from an activity's or
 * a session's "Ask about this"; none when the address holds no such id. The server checks the id.
 */
export function aboutOf(query: { activity?: string; appointment?: string; about?: string }) {
  if (query.activity && UUID.test(query.activity))
    return { activityId: query.activity, title: named(query.about, "an activity of the program") };
  if (query.appointment && UUID.test(query.appointment))
    return { appointmentId: query.appointment, title: named(query.about, "a session") };
  return null;
}

/** Where "Ask about this" opens the child's conversation with what it is about named. */
export function askAboutHref(base: string, childId: string, about: MessageAbout) {
  const subject = about.activityId
    ? `activity=${about.activityId}`
    : `appointment=${about.appointmentId ?? ""}`;
  return `${base}/${childId}?${subject}&about=${encodeURIComponent(about.title)}`;
}
