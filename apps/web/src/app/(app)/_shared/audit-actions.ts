/** The audit actions the services write, in words a clinic admin uses. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed to sign in",
  "auth.sign_out": "Signed out",
  "auth.sign_out_everywhere": "Signed out on every device",
  "auth.password_reset_request": "Asked to reset a password",
  "auth.password_reset": "Reset a password",
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
  "clinic.update": "Changed clinic settings",
};

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  child: "Child",
  user: "Person",
  invitation: "Invitation",
  clinic: "Clinic",
  session: "Sign-in session",
};

export const describeAction = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const describeEntityType = (type: string) => ENTITY_TYPE_LABELS[type] ?? type;
