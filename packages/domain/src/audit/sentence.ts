/** What an audit row says, with the names the trail could find for its actor and its record. */
export type AuditFacts = {
  action: string;
  entityType: string;
  actorId: string | null;
  actorName: string | null;
  /** The record's name: a child's or person's name, an invitee, a session's children. */
  subjectName: string | null;
};

type Phrase = (subject: Subject) => string;
type Subject = { possessive: string; name: string };

const own = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

/** Each action as the rest of a sentence whose subject is the person who did it. */
const PHRASES: Record<string, Phrase> = {
  "auth.sign_in": () => "signed in",
  "auth.sign_in_failed": () => "failed to sign in (wrong email or password)",
  "auth.sign_out": () => "signed out",
  "auth.sign_out_everywhere": () => "signed out on every device",
  "auth.sign_out_device": () => "signed out one of their devices",
  "auth.password_reset_request": () => "asked to reset their password",
  "auth.password_reset": () => "reset their password",
  "auth.mfa_enrolled": () => "turned on two-step sign-in",
  "auth.mfa_removed": () => "turned off two-step sign-in",
  "auth.mfa_failed": () => "entered a wrong two-step sign-in code",
  "auth.recovery_code_used": () => "signed in with a recovery code",
  "auth.device_remembered": () => "trusted a device for 30 days",
  "auth.device_forgotten": () => "stopped trusting a device",
  "auth.passkey_registered": () => "added a passkey",
  "auth.passkey_removed": () => "removed a passkey",
  "auth.passkey_used": () => "signed in with a passkey",
  "child.read": (s) => `viewed ${s.possessive} record`,
  "child.list": () => "viewed the list of children",
  "child.create": (s) => `added ${s.name} as a child`,
  "child.update_therapists": (s) => `changed ${s.possessive} therapists`,
  "child.emergency_contact.read": (s) => `viewed ${s.possessive} emergency contact`,
  "child.emergency_contact.update": (s) => `changed ${s.possessive} emergency contact`,
  "guardian_link.create": (s) => `linked a family member to ${s.name}`,
  "guardian_link.update": (s) => `changed a family member's permissions for ${s.name}`,
  "guardian_link.delete": (s) => `removed a family member from ${s.name}`,
  "invitation.create": (s) => `invited ${s.name}`,
  "invitation.accept": () => "accepted an invitation",
  "invitation.revoke": (s) => `withdrew the invitation to ${s.name}`,
  "staff.update_licences": (s) => `changed ${s.possessive} licence states`,
  "staff.deactivate": (s) => `deactivated ${s.name}`,
  "staff.reactivate": (s) => `reactivated ${s.name}`,
  "user.end_sessions": (s) => `signed ${s.name} out on every device`,
  "user.mfa_reset": (s) => `reset ${s.possessive} two-step sign-in`,
  "clinic.update": () => "changed the clinic's settings",
  "availability.update": () => "changed a therapist's hours",
  "booking.create": (s) => `booked ${s.name}`,
  "booking.list": () => "viewed sessions",
  "booking.reschedule": (s) => `moved ${s.name}`,
  "booking.cancel": (s) => `cancelled ${s.name}`,
  "booking.no_show": (s) => `recorded a no-show for ${s.name}`,
  "booking.reassign": (s) => `gave ${s.name} to another therapist`,
  "series.create": () => "booked a recurring series",
  "series.reschedule": () => "moved sessions of a series",
  "series.cancel": () => "cancelled sessions of a series",
  "group.create": (s) => `created ${s.name}`,
  "group.list": () => "viewed group sessions",
  "group.join": (s) => `took a seat in ${s.name}`,
  "group.leave": (s) => `gave up a seat in ${s.name}`,
  "waitlist.join": () => "joined a group's waitlist",
  "waitlist.leave": () => "left a group's waitlist",
  "waitlist.offer": () => "was offered a freed seat in a group",
  "waitlist.offer_expired": () => "let a held seat offer expire",
  "calendar_feed.create": () => "made a calendar feed address",
  "calendar_feed.revoke": () => "turned off a calendar feed",
  "calendar_feed.read": () => "had their calendar feed fetched by a calendar app",
  "audit.export": () => "downloaded the audit trail as a spreadsheet",
  "program.read": (s) => `viewed ${s.possessive} home program`,
  "program.create": (s) => `started ${s.possessive} home program`,
  "program.update": (s) => `changed ${s.possessive} home program`,
  "program.revert": (s) => `undid a change to ${s.possessive} home program`,
  "program.history.read": (s) => `viewed the history of ${s.possessive} home program`,
  "program.observe": (s) => `added an observation to ${s.possessive} home program`,
  "program.observations.read": (s) => `viewed the observations on ${s.possessive} home program`,
  "program.regulation_reminder": (s) => `was sent a sensory-diet reminder for ${s.name}`,
  "activity.create": (s) => `added an activity to ${s.possessive} home program`,
  "activity.update": (s) => `changed an activity in ${s.possessive} home program`,
  "activity.revert": (s) => `undid a change to an activity of ${s.possessive} home program`,
  "practice.log": (s) => `logged practice for ${s.name}`,
  "practice.list": (s) => `viewed ${s.possessive} practice log`,
  "progress.read": (s) => `viewed ${s.possessive} progress`,
  "progress.caseload": () => "viewed the caseload's progress",
  "progression.apply": (s) => `applied a suggested change to ${s.possessive} home program`,
  "check_in.submit": (s) => `submitted a check-in for ${s.name}`,
  "template.create": (s) => `added ${s.name} to the activity library`,
  "template.update": (s) => `changed ${s.name} in the activity library`,
  "template.copy": (s) => `copied ${s.name} in the activity library`,
  "live_session.enter": (s) => `entered the video room of ${s.name}`,
  "live_session.token": (s) => `joined the video of ${s.name}`,
  "live_session.summary": (s) => `viewed the summary of ${s.name}`,
  "live_session.attendance": (s) => `viewed the attendance of ${s.name}`,
  "live_session.end": (s) => `ended the video of ${s.name}`,
  "diagnosis.list": (s) => `viewed ${s.possessive} diagnoses`,
  "diagnosis.add": (s) => `added a diagnosis to ${s.possessive} record`,
  "diagnosis.remove": (s) => `removed a diagnosis from ${s.possessive} record`,
  "diagnosis.reorder": (s) => `reordered ${s.possessive} diagnoses`,
  "referral.read": (s) => `viewed ${s.possessive} referral`,
  "referral.set": (s) => `recorded who referred ${s.name}`,
  "consent.list": (s) => `viewed ${s.possessive} consents`,
  "consent.record": (s) => `recorded a consent for ${s.name}`,
  "consent.revoke": (s) => `recorded a withdrawn consent for ${s.name}`,
  "form.list": (s) => `viewed ${s.possessive} forms`,
  "form.read": (s) => `viewed a form of ${s.name}`,
  "form.send": (s) => `sent a form for ${s.name} to the family`,
  "form.save": (s) => `saved answers on a form of ${s.name}`,
  "form.sign": (s) => `signed a form of ${s.name}`,
  "form_template.create": () => "added a form to the clinic's forms",
  "form_template.update": () => "changed one of the clinic's forms",
  "staff.set_credential": (s) => `changed ${s.possessive} credential`,
  "clinical_goal.list": (s) => `viewed ${s.possessive} goals`,
  "clinical_goal.family_list": (s) => `viewed ${s.possessive} goals in the family's words`,
  "clinical_goal.create": (s) => `added a goal to ${s.possessive} record`,
  "clinical_goal.update": (s) => `changed a goal in ${s.possessive} record`,
  "clinical_goal.set_state": (s) => `marked a goal of ${s.name} active, met or discontinued`,
  "plan_of_care.list": () => "viewed plans of care",
  "plan_of_care.read": (s) => `viewed a plan of care of ${s.name}`,
  "plan_of_care.create": (s) => `wrote a plan of care for ${s.name}`,
  "plan_of_care.update": (s) => `changed a plan of care of ${s.name}`,
  "plan_of_care.recertify": (s) => `started the recertification of ${s.possessive} plan of care`,
  "plan_of_care.request_signature": (s) =>
    `sent ${s.possessive} plan of care to the physician to sign`,
  "plan_of_care.physician_view": (s) => `opened ${s.possessive} plan of care to sign it`,
  "plan_of_care.sign": (s) => `signed ${s.possessive} plan of care through the physician's link`,
  "plan_of_care.record_signed_copy": (s) =>
    `recorded the physician's signed copy of ${s.possessive} plan of care`,
  "live_session.service_mark": (s) => `marked the service given in the video of ${s.name}`,
  "note.draft": (s) => `drafted a visit note in ${s.possessive} chart`,
  "note.read": (s) => `viewed a note in ${s.possessive} chart`,
  "note.list": (s) => `viewed the notes in ${s.possessive} chart`,
  "note.update": (s) => `edited a draft note in ${s.possessive} chart`,
  "note.sign": (s) => `signed a note in ${s.possessive} chart`,
  "note.group_shared.update": (s) =>
    `edited the part shared with the group in a note of ${s.possessive} chart`,
  "note.addendum": (s) => `added an addendum to a note in ${s.possessive} chart`,
  "note.cosign": (s) => `co-signed a note in ${s.possessive} chart`,
  "note.cosign_queue": () => "viewed the notes waiting for their co-signature",
  "documentation.due.list": () => "viewed the documentation due across their children",
  "documentation.due.read": (s) => `viewed the documentation due in ${s.possessive} chart`,
  "evaluation.create": (s) => `started an evaluation of ${s.name}`,
  "reevaluation.create": (s) => `started a re-evaluation of ${s.name}`,
  "evaluation.suggest_complexity": (s) =>
    `asked for the suggested complexity of ${s.possessive} evaluation`,
  "evaluation.list": (s) => `viewed ${s.possessive} evaluations`,
  "progress_report.draft": (s) => `opened a progress report for ${s.name}`,
  "progress_report.send_to_family": () => "sent a signed progress report to the family",
  "progress_report.family.list": (s) => `viewed the progress reports sent about ${s.name}`,
  "discharge_summary.draft": (s) => `discharged ${s.name} and opened the discharge summary`,
};

const RECORD_WORDS: Record<string, string> = {
  child: "a child",
  user: "a person",
  invitation: "an invitee",
  appointment: "a session",
  activity_template: "an activity",
  session: "a sign-in",
  clinic: "the clinic",
};

function subjectOf(facts: AuditFacts): Subject {
  if (facts.subjectName) {
    const name =
      facts.entityType === "appointment"
        ? `the session with ${facts.subjectName}`
        : facts.subjectName;
    return { name, possessive: own(name) };
  }
  const word = RECORD_WORDS[facts.entityType] ?? "a record";
  const name = facts.entityType === "child" ? "a child" : word;
  return { name, possessive: `${name}'s` };
}

function actorOf(facts: AuditFacts): string {
  if (facts.actorName) return facts.actorName;
  return facts.actorId ? "A removed account" : "Someone not signed in";
}

/** "Dana Reyes viewed Alex Kim's progress": one audit row in words, whatever its action. */
export function describeAuditEvent(facts: AuditFacts): string {
  const phrase = PHRASES[facts.action];
  const subject = subjectOf(facts);
  const rest = phrase
    ? phrase(subject)
    : `did something the trail has no words for yet (${facts.action}) to ${subject.name}`;
  return `${actorOf(facts)} ${rest}`;
}

/** Whether the trail has words for an action (the rest are shown with their code). */
export const isDescribedAction = (action: string) => action in PHRASES;
