import type { AuditActionGroup } from "@carryover/api/contracts/audit";

/** The audit actions the services write, in words a clinic admin uses. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in (wrong email or password)",
  "auth.sign_out": "Signed out",
  "auth.sign_out_everywhere": "Signed out on every device",
  "auth.sign_out_device": "Signed out one of their devices",
  "auth.password_reset_request": "Asked to reset a password",
  "auth.password_reset": "Reset a password",
  "auth.mfa_enrolled": "Turned on two-step sign-in",
  "auth.mfa_removed": "Turned off two-step sign-in",
  "auth.mfa_failed": "Entered a wrong two-step sign-in code",
  "auth.recovery_code_used": "Signed in with a recovery code",
  "auth.device_remembered": "Trusted a device for 30 days",
  "auth.device_forgotten": "Stopped trusting a device",
  "auth.passkey_registered": "Added a passkey",
  "auth.passkey_removed": "Removed a passkey",
  "auth.passkey_used": "Signed in with a passkey",
  "child.read": "Viewed a child's record",
  "child.list": "Viewed the list of children",
  "child.create": "Added a child",
  "child.update_therapists": "Changed a child's therapists",
  "guardian_link.create": "Linked a family member to a child",
  "guardian_link.update": "Changed a family member's permissions",
  "guardian_link.delete": "Removed a family member from a child",
  "invitation.create": "Sent an invitation",
  "invitation.accept": "Accepted an invitation",
  "invitation.revoke": "Withdrew an invitation",
  "staff.update_licences": "Changed a therapist's licence states",
  "user.end_sessions": "Signed someone out on every device",
  "user.mfa_reset": "Reset someone's two-step sign-in (lost device)",
  "clinic.update": "Changed clinic settings",
  "clinic.update_contact": "Changed the clinic's phone or address",
  "availability.update": "Changed a therapist's hours",
  "booking.create": "Booked a session",
  "booking.list": "Viewed sessions",
  "booking.reschedule": "Moved a session",
  "booking.cancel": "Cancelled a session",
  "booking.no_show": "Recorded a no-show",
  "series.create": "Booked a recurring series",
  "series.reschedule": "Moved sessions of a series",
  "series.cancel": "Cancelled sessions of a series",
  "group.create": "Created a group session",
  "group.list": "Viewed group sessions",
  "group.join": "Took a seat in a group",
  "group.leave": "Gave up a seat in a group",
  "waitlist.join": "Joined a group's waitlist",
  "waitlist.leave": "Left a group's waitlist",
  "waitlist.offer": "Offered a freed seat to a waiting family",
  "waitlist.offer_expired": "A held seat offer expired",
  "calendar_feed.create": "Made a calendar feed address",
  "calendar_feed.revoke": "Turned off a calendar feed",
  "calendar_feed.read": "A calendar app fetched a feed",
};

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  child: "Child",
  user: "Person",
  invitation: "Invitation",
  clinic: "Clinic",
  session: "Sign-in session",
  remembered_device: "Trusted device",
  passkey: "Passkey",
  appointment: "Session",
  series: "Recurring series",
  waitlist_entry: "Waitlist place",
  calendar_feed: "Calendar feed",
};

/** The kinds of event the trail can show together (audit.list's `group`). */
export const AUDIT_GROUP_LABELS: Record<AuditActionGroup, string> = {
  sign_ins: "Sign-ins only (including failed ones)",
};

export const describeAction = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const describeEntityType = (type: string) => ENTITY_TYPE_LABELS[type] ?? type;
