import type { Role } from "../identity";
import type { LiveRole } from "../live-session";

/**
 * What each role of a clinic may do, whatever the record. Which record is theirs to act on is decided
 * per record (decideChildAccess, decideAppointmentAccess); this table says what a role may do with it.
 */
export const ACTIONS = {
  /** Clinic settings, staff and their licences, the audit trail, the outbox (the "admin" guard). */
  administerClinic: ["admin"],
  /** Calendars, availability, programs, templates, a live session's controls (the "staff" guard). */
  useStaffTools: ["admin", "therapist"],
  /** Every child, calendar, schedule and session of the clinic, not only a caseload or a family. */
  reachWholeClinic: ["admin"],
  /** A caseload: the children assigned to them (all, where the clinic opens them) and their own calendar. */
  keepCaseload: ["therapist"],
  /**
   * Manage the children they reach: book, move and cancel without a guardian's permissions (a whole
   * group session included, and never late), edit the whole home program, log practice done in session,
   * see every guardian's email address.
   */
  manageChildren: ["admin", "therapist"],
  /** Hold state licences (telehealth follows the child's location). */
  holdLicences: ["therapist"],
  /** Hold sessions of their own, so keep a calendar feed of them. */
  holdSessions: ["therapist", "guardian"],
  /** Be linked to a child as family, with the permissions the clinic gives them. */
  beLinkedToChildren: ["guardian"],
  inviteStaff: ["admin"],
  inviteFamilies: ["admin", "therapist"],
  /** Read the clinical record of the children they reach: notes, goals, plans of care, due items. */
  readClinicalRecord: ["admin", "therapist"],
  /** Write it: evaluations, goals, plans of care, visit notes, reports, diagnoses; sign and amend. */
  writeClinicalRecord: ["therapist"],
  /** The chart's paperwork a front desk keeps too: the referring physician, consents given. */
  recordReferralsAndConsents: ["admin", "therapist"],
  /** The family's versions: goals in their words, progress reports sent to their portal. */
  readFamilyVersions: ["guardian"],
  /** Billing: payers and fee schedules, a child's coverage and authorizations, charges and claims. */
  manageBilling: ["admin", "biller"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export const can = (role: Role, action: Action): boolean =>
  (ACTIONS[action] as readonly Role[]).includes(role);

/**
 * Whose records a role reaches: the whole clinic's, a therapist's caseload and calendar, a family's
 * own. A biller reaches no child's record ("none"): billing reads only what a claim needs, by clinic.
 */
export type Reach = "clinic" | "caseload" | "family" | "none";

export const reachOf = (role: Role): Reach =>
  can(role, "reachWholeClinic")
    ? "clinic"
    : can(role, "keepCaseload")
      ? "caseload"
      : can(role, "beLinkedToChildren")
        ? "family"
        : "none";

/** The same for the roles inside one video session, which come from the appointment, not the clinic. */
export const LIVE_SESSION_ACTIONS = {
  /** Admit and turn away, moderate, coach, run breakouts, see attendance and the draft note. */
  runRoom: ["therapist"],
  /** See every child of the session; a family sees its own. */
  seeEveryChild: ["therapist", "observer"],
  /** Ask for a token to any breakout room, to visit it. */
  visitBreakouts: ["therapist", "observer"],
  /** Be dealt into a breakout room, with the rest of one's family. */
  joinBreakouts: ["guardian"],
} as const satisfies Record<string, readonly LiveRole[]>;

export type LiveSessionAction = keyof typeof LIVE_SESSION_ACTIONS;

export const canInLiveSession = (role: LiveRole, action: LiveSessionAction): boolean =>
  (LIVE_SESSION_ACTIONS[action] as readonly LiveRole[]).includes(role);
