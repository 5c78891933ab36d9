import type { UsState } from "@carryover/domain/clinic";

/**
 * A video session needs the state the child will be in (the server's licensure rule, which the
 * input contract can't state: it turns on the session type's modality).
 */
export function childLocationProblem(
  video: boolean,
  location: UsState | "",
  childName: string,
): string | null {
  return video && !location
    ? `Choose the state ${childName} will be in during the video session.`
    : null;
}

/** The state to send: the child's for a video session, none otherwise. */
export const childLocationInput = (video: boolean, location: UsState | ""): UsState | null =>
  video && location ? location : null;
