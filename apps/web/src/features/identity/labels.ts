import type { Role } from "@carryover/domain/identity";
import type { BadgeTone } from "@carryover/ui";

import type { ActiveSignIn, Invitation } from "./types";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Clinic admin",
  therapist: "Therapist",
  guardian: "Family member",
  biller: "Biller",
};

/** The shorter name beside a person's name in the app's header and the demo sign-in list. */
export const ROLE_SHORT_LABELS: Record<Role, string> = {
  admin: "Clinic admin",
  therapist: "Therapist",
  guardian: "Family",
  biller: "Biller",
};

// Checked without zod's Role schema: the header of every page imports this file, and zod would
// load with it.
const isRole = (value: string): value is Role => Object.hasOwn(ROLE_SHORT_LABELS, value);

/** A role's short name, or the value itself for a role this app does not know. */
export function shortRoleLabel(role: string): string {
  return isRole(role) ? ROLE_SHORT_LABELS[role] : role;
}

export const ROLE_TONES: Record<Role, BadgeTone> = {
  admin: "brand",
  therapist: "neutral",
  guardian: "neutral",
  biller: "neutral",
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

/** Where a sign-in came from, as honestly as its address tells (no city: nothing here looks one up). */
export function describeSignInPlace(place: ActiveSignIn["place"]): string {
  switch (place.kind) {
    case "this_network":
      return "On the network you're using now";
    case "private_network":
      return "On a private network";
    case "internet":
      // The last part of the address is left off: it is the network that tells the place.
      return `From internet address ${place.network}${place.network.includes(":") ? ":" : "."}…`;
    case "unknown":
      return "Network not recorded";
  }
}
