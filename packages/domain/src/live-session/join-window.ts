import type { AppointmentStatus, Modality } from "../scheduling";
import type { AdmissionState } from "./roles";

export type JoinWindow = { openBeforeMinutes: number; closeAfterMinutes: number };
export const DEFAULT_JOIN_WINDOW: JoinWindow = { openBeforeMinutes: 10, closeAfterMinutes: 30 };

const MINUTE = 60_000;

export type JoinWindowDecision =
  | { ok: true; opensAt: Date; closesAt: Date }
  | {
      ok: false;
      reason: "NOT_TELEHEALTH" | "CANCELLED" | "NOT_YET_OPEN" | "CLOSED";
      opensAt: Date;
      closesAt: Date;
    };

/** A session's page is open in [start − openBefore, end + closeAfter). */
export function decideJoinWindow(input: {
  start: Date;
  end: Date;
  status: AppointmentStatus;
  modality: Modality;
  now: Date;
  window?: JoinWindow;
}): JoinWindowDecision {
  const window = input.window ?? DEFAULT_JOIN_WINDOW;
  const opensAt = new Date(+input.start - window.openBeforeMinutes * MINUTE);
  const closesAt = new Date(+input.end + window.closeAfterMinutes * MINUTE);
  const times = { opensAt, closesAt };
  if (input.modality !== "telehealth") return { ok: false, reason: "NOT_TELEHEALTH", ...times };
  if (input.status === "cancelled") return { ok: false, reason: "CANCELLED", ...times };
  if (+input.now < +opensAt) return { ok: false, reason: "NOT_YET_OPEN", ...times };
  if (+input.now >= +closesAt) return { ok: false, reason: "CLOSED", ...times };
  return { ok: true, ...times };
}

export type TokenDecision =
  | { ok: true }
  | {
      ok: false;
      reason:
        | Exclude<JoinWindowDecision, { ok: true }>["reason"]
        | "NOT_REQUESTED"
        | "WAITING"
        | "DENIED";
    };

/** A join token is issued only inside the window and only after admission. */
export function decideTokenRequest(input: {
  admission: AdmissionState | null;
  window: JoinWindowDecision;
}): TokenDecision {
  if (!input.window.ok) return { ok: false, reason: input.window.reason };
  if (input.admission === null) return { ok: false, reason: "NOT_REQUESTED" };
  if (input.admission === "waiting") return { ok: false, reason: "WAITING" };
  if (input.admission === "denied") return { ok: false, reason: "DENIED" };
  return { ok: true };
}
