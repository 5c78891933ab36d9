import type { Role } from "@carryover/domain/people";
import type { BadgeTone } from "@carryover/ui";

import type { Invitation } from "./types";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Clinic admin",
  therapist: "Therapist",
  guardian: "Family member",
};

export const ROLE_TONES: Record<Role, BadgeTone> = {
  admin: "brand",
  therapist: "neutral",
  guardian: "neutral",
};

export const INVITATION_STATE_LABELS: Record<Invitation["state"], string> = {
  PENDING: "Pending",
  USED: "Accepted",
  EXPIRED: "Expired",
  REVOKED: "Withdrawn",
};

export const INVITATION_STATE_TONES: Record<Invitation["state"], BadgeTone> = {
  PENDING: "warning",
  USED: "success",
  EXPIRED: "neutral",
  REVOKED: "neutral",
};
