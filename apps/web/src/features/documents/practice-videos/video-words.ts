/** A moment of a video as a clock reads it: "0:07", "2:15", "1:02:03". */
export function momentWords(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** Who the family's video goes to: the primary therapist's first name, or a phrase when unknown. */
export function therapistWords(fullName: string | null | undefined): {
  to: string;
  who: string;
} {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? { to: first, who: first } : { to: "your therapist", who: "Your therapist" };
}

/** Where a practice video waits in the child's program: the activity's anchor on the child's page. */
export const activityAnchor = (activityId: string) => `activity-${activityId}`;

export const videoSource = (documentId: string) => `/api/documents/${documentId}`;
