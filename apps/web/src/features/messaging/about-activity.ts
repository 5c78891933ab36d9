/** What a new message is about, from the address an activity's "Ask about this" opens. */
export type MessageAbout = { activityId: string; title: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The activity named by `?activity=<id>&about=<title>`, or none when the address holds no such id. */
export function aboutActivity(activityId?: string, title?: string): MessageAbout | null {
  if (!activityId || !UUID.test(activityId)) return null;
  return { activityId, title: (title ?? "").slice(0, 120) || "an activity of the program" };
}

/** Where "Ask about this" opens the child's conversation with the activity named. */
export const askAboutHref = (base: string, childId: string, about: MessageAbout) =>
  `${base}/${childId}?activity=${about.activityId}&about=${encodeURIComponent(about.title)}`;
