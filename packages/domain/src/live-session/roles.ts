import { z } from "zod";

export const LIVE_ROLES = ["therapist", "guardian", "observer"] as const;
export const LiveRole = z.enum(LIVE_ROLES);
export type LiveRole = z.infer<typeof LiveRole>;

export const ADMISSION_STATES = ["waiting", "admitted", "denied"] as const;
export const AdmissionState = z.enum(ADMISSION_STATES);
export type AdmissionState = z.infer<typeof AdmissionState>;

/** Join tokens live 10 minutes: long enough to connect, short enough that a leaked one soon dies. */
export const TOKEN_TTL_SECONDS = 600;

export type VideoGrant = {
  room: string;
  roomJoin: true;
  roomAdmin: boolean;
  canPublish: boolean;
  canPublishData: boolean;
  canSubscribe: true;
  hidden: boolean;
};

/** Least privilege per role: only the therapist administers the room; an observer only watches. */
export function grantsFor(role: LiveRole, room: string): VideoGrant {
  const base = { room, roomJoin: true as const, canSubscribe: true as const };
  switch (role) {
    case "therapist":
      return { ...base, roomAdmin: true, canPublish: true, canPublishData: true, hidden: false };
    case "guardian":
      return { ...base, roomAdmin: false, canPublish: true, canPublishData: true, hidden: false };
    case "observer":
      return { ...base, roomAdmin: false, canPublish: false, canPublishData: false, hidden: true };
  }
}

/** Who the actor is in this session; null means nobody (the caller answers 404). */
export function liveRoleOf(input: {
  actorId: string;
  therapistId: string;
  guardianIds: readonly string[];
  observerIds: readonly string[];
}): LiveRole | null {
  if (input.actorId === input.therapistId) return "therapist";
  if (input.observerIds.includes(input.actorId)) return "observer";
  if (input.guardianIds.includes(input.actorId)) return "guardian";
  return null;
}

/** Guardians wait for the therapist; the therapist and invited observers go straight in. */
export const admissionOnRequest = (role: LiveRole): AdmissionState =>
  role === "guardian" ? "waiting" : "admitted";
