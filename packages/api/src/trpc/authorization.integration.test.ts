import { TRPCError } from "@trpc/server";
import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { insertChild, setChildTherapists } from "@carryover/db/queries";
import {
  appointmentParticipants,
  appointments,
  appointmentSeries,
  cardPayments,
  charges,
  children,
  claims,
  clinicalNotes,
  clinics,
  coverages,
  documents,
  invoices,
  ledgerEntries,
  mailOutbox,
  memberships,
  practiceVideos,
  remittanceClaims,
  remittances,
  sessionTypes,
  statements,
  users,
} from "@carryover/db/schema";
import { DEMO_PASSWORD } from "@carryover/db/seed/accounts";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";
import { write835 } from "@carryover/domain/billing";
import type { VisitNoteContent } from "@carryover/domain/clinical-notes";
import { addDays, localDateOf } from "@carryover/domain/scheduling";

import type { AuthSession } from "../identity/resolve-auth-session";
import { appRouter } from "../root";
import { HEAVY_WORK } from "../testing/activities";
import {
  callerFor,
  requestPasswordResetMail,
  rolledBack,
  signInAs,
  testDeps,
  testMeta,
} from "../testing/test-context";
import { GUARDS, type ProcedureMeta } from "./init";

const { db } = await useTestDatabase();
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

const ACTORS = {
  admin: "admin@maplegrove.test",
  therapist: "ot.chen@maplegrove.test",
  assignedTherapist: "ot.rivera@maplegrove.test",
  guardian: "parent.johnson@maplegrove.test",
  otherFamilyGuardian: "parent.garcia@maplegrove.test",
  otherClinicAdmin: "admin@harborkids.test",
  biller: "billing@maplegrove.test",
  anonymous: null,
} as const;
type ActorKey = keyof typeof ACTORS;
const ACTOR_KEYS = Object.keys(ACTORS) as ActorKey[];

/**
 * BAD_REQUEST: past the guard, refused on its input (a code that cannot be known ahead);
 * UNPROCESSABLE_CONTENT, CONFLICT and PRECONDITION_FAILED: past the guard, refused by a business
 * rule on the fixture's record as it stands.
 */
type Expected =
  | "allow"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "BAD_REQUEST"
  | "UNPROCESSABLE_CONTENT"
  | "CONFLICT"
  | "PRECONDITION_FAILED";
type Row = Record<ActorKey, Expected>;

type Fixture = {
  mayaId: string;
  grandmaId: string;
  riveraId: string;
  chenId: string;
  invitationId: string;
  invitationToken: string;
  resetToken: string;
  mapleCoachingId: string;
  openSlot: Date;
  /** A start open for a group, which runs longer than coaching and may not fit the day's last coaching slot. */
  openGroupSlot: Date;
  futureAppointmentId: string;
  pastAppointmentId: string;
  mapleGroupTypeId: string;
  openGroupId: string;
  fullGroupId: string;
  eliId: string;
  seriesAppointmentId: string;
  childWithoutProgramId: string;
  mayaProgramVersion: number;
  mayaActivityId: string;
  /** A "Done" Maya's parent logged today (the clinic's today), theirs to undo. */
  mayaTodaysLogId: string;
  mayaActivityVersion: number;
  mayaSensoryStructure: unknown;
  mayaActivityRevisionId: string;
  mapleTemplateId: string;
  mayaLadderId: string;
  mayaLadderVersion: number;
  /** Maya's video session with Alex Rivera, open now: Rivera and her parent are in. */
  liveAppointmentId: string;
  parentIdentity: string;
  /** A group with Mei Chen, open now: Maya's and Sofia's families are in. */
  liveGroupId: string;
  /** Maya's parent's sign-in on a second device. */
  parentOtherSignInId: string;
  /** Maya's treatment diagnoses (F82, added by Alex Rivera) and a telehealth consent her parent gave. */
  mayaTreatmentDiagnosisIds: string[];
  mayaConsentId: string;
  /** Maple Grove's telehealth consent form, sent to Maya's family unsigned; her privacy notice, signed. */
  mapleTelehealthFormTemplateId: string;
  mayaFormId: string;
  mayaSignedFormId: string;
  /** A long-term goal of Maya's, in a plan of care sent to her physician to sign. */
  mayaGoalId: string;
  mayaPlanOfCareId: string;
  mayaPlanOfCareEndOn: string;
  signingToken: string;
  /** Alex Rivera's complete, unsigned visit note of Maya's past session. */
  mayaNoteId: string;
  mayaNoteVersion: number;
  /** Mei Chen's signed visit note of Sofia, waiting for Alex Rivera's co-signature (Chen is her OTA). */
  sofiaOtaNoteId: string;
  /** The claim of Sofia's visit, waiting for the co-signature, and its payer. */
  sofiaClaimId: string;
  sofiaPayerId: string;
  /** A remittance of Maple Grove's, and its denial of Sofia's claim on the work list. */
  mapleRemittanceId: string;
  mapleDenialId: string;
  mayaCoverageId: string;
  /** The payer of Maya's plan (Blue Prairie PPO, her guardian's). */
  mayaPayerId: string;
  /** Maya's draft evaluation, and a progress report of hers signed by Alex Rivera. */
  mayaEvaluationId: string;
  mayaSignedReportId: string;
  /** Maya's family owes $40.00; an invoice, a statement and a card payment (settled) of hers. */
  mayaInvoiceId: string;
  mayaStatementId: string;
  mayaCardPaymentId: string;
  /** A clinic document of Maya's (no file behind it: no procedure here reads the bytes). */
  mayaClinicDocumentId: string;
  mapleAdminId: string;
  /** A video Maya's parent uploaded, not yet shared as practice; and one shared, of her sensory diet. */
  mayaVideoDocumentId: string;
  mayaPracticeVideoId: string;
};

const PUBLIC: Row = {
  admin: "allow",
  therapist: "allow",
  assignedTherapist: "allow",
  guardian: "allow",
  otherFamilyGuardian: "allow",
  otherClinicAdmin: "allow",
  biller: "allow",
  anonymous: "allow",
};
/** A 1×1 PNG, the smallest logo a clinic could upload. */
const ONE_PIXEL_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const ANY_SIGNED_IN: Row = { ...PUBLIC, anonymous: "UNAUTHORIZED" };
/** Anyone signed in may try a code; nobody can know it here, so every caller past the guard hears 400. */
const SIGNED_IN_WRONG_CODE: Row = {
  admin: "BAD_REQUEST",
  therapist: "BAD_REQUEST",
  assignedTherapist: "BAD_REQUEST",
  guardian: "BAD_REQUEST",
  otherFamilyGuardian: "BAD_REQUEST",
  otherClinicAdmin: "BAD_REQUEST",
  biller: "BAD_REQUEST",
  anonymous: "UNAUTHORIZED",
};
/** A registration answer no authenticator made: its challenge was never handed out. */
const FORGED_PASSKEY = {
  id: "Zm9yZ2Vk",
  rawId: "Zm9yZ2Vk",
  type: "public-key",
  response: {
    clientDataJSON: Buffer.from(JSON.stringify({ challenge: "bm90LWlzc3VlZA" })).toString(
      "base64url",
    ),
    attestationObject: "AAAA",
  },
  clientExtensionResults: {},
};
/** One's own records only: an id that is not one's own finds nothing. */
const ANY_SIGNED_IN_FINDS_NOTHING: Row = {
  admin: "NOT_FOUND",
  therapist: "NOT_FOUND",
  assignedTherapist: "NOT_FOUND",
  guardian: "NOT_FOUND",
  otherFamilyGuardian: "NOT_FOUND",
  otherClinicAdmin: "NOT_FOUND",
  biller: "NOT_FOUND",
  anonymous: "UNAUTHORIZED",
};
/** Admin procedures over the caller's own clinic: Harbor Kids' admin acts on Harbor Kids. */
const ADMIN_OF_OWN_CLINIC: Row = {
  admin: "allow",
  therapist: "FORBIDDEN",
  assignedTherapist: "FORBIDDEN",
  guardian: "FORBIDDEN",
  otherFamilyGuardian: "FORBIDDEN",
  otherClinicAdmin: "allow",
  biller: "FORBIDDEN",
  anonymous: "UNAUTHORIZED",
};
/** Admin procedures on a Maple Grove record: another clinic's admin must not learn that it exists. */
const ADMIN_ON_MAPLE_RECORD: Row = { ...ADMIN_OF_OWN_CLINIC, otherClinicAdmin: "NOT_FOUND" };
/** Staff procedures on Maya: her therapist and the admin may; a therapist not assigned to her finds nothing. */
const STAFF_MANAGING_MAYA: Row = {
  admin: "allow",
  therapist: "NOT_FOUND",
  assignedTherapist: "allow",
  guardian: "FORBIDDEN",
  otherFamilyGuardian: "FORBIDDEN",
  otherClinicAdmin: "NOT_FOUND",
  biller: "FORBIDDEN",
  anonymous: "UNAUTHORIZED",
};

/** Acting for Maya (booking, groups): her guardian as well as her therapist and the admin. */
const ACTING_FOR_MAYA: Row = {
  ...STAFF_MANAGING_MAYA,
  guardian: "allow",
  otherFamilyGuardian: "NOT_FOUND",
  biller: "NOT_FOUND",
};

/** Reading Maya's record: her guardians, her therapist and the admin; nobody else learns it exists. */
const VIEWING_MAYA: Row = {
  admin: "allow",
  therapist: "NOT_FOUND",
  assignedTherapist: "allow",
  guardian: "allow",
  otherFamilyGuardian: "NOT_FOUND",
  otherClinicAdmin: "NOT_FOUND",
  biller: "NOT_FOUND",
  anonymous: "UNAUTHORIZED",
};

/** Messages are between families and their care teams: a biller has none. */
const FAMILIES_AND_CARE_TEAMS: Row = {
  ...PUBLIC,
  biller: "FORBIDDEN",
  anonymous: "UNAUTHORIZED",
};

/** Staff procedures over the caller's own clinic. */
const STAFF_OF_OWN_CLINIC: Row = {
  ...ADMIN_OF_OWN_CLINIC,
  therapist: "allow",
  assignedTherapist: "allow",
};

/** Maya's video session: Alex Rivera's; her parent is in it; the clinic's admin is not a participant. */
const IN_MAYAS_SESSION: Row = {
  admin: "NOT_FOUND",
  therapist: "NOT_FOUND",
  assignedTherapist: "allow",
  guardian: "allow",
  otherFamilyGuardian: "NOT_FOUND",
  otherClinicAdmin: "NOT_FOUND",
  biller: "NOT_FOUND",
  anonymous: "UNAUTHORIZED",
};
/** The therapist's controls of Maya's session. */
const RUNNING_MAYAS_SESSION: Row = {
  ...IN_MAYAS_SESSION,
  guardian: "FORBIDDEN",
  otherFamilyGuardian: "FORBIDDEN",
  biller: "FORBIDDEN",
};
/** The therapist's controls of Mei Chen's group. */
const RUNNING_THE_GROUP: Row = {
  ...RUNNING_MAYAS_SESSION,
  therapist: "allow",
  assignedTherapist: "NOT_FOUND",
};

/** Maya's clinical record: the admin and her therapist read it; a family, even hers, finds nothing. */
/** Billing: the clinic's billing staff see their own clinic's; anyone else finds none. */
const BILLING_OWN_CLINIC: Row = {
  admin: "allow",
  therapist: "NOT_FOUND",
  assignedTherapist: "NOT_FOUND",
  guardian: "NOT_FOUND",
  otherFamilyGuardian: "NOT_FOUND",
  otherClinicAdmin: "allow",
  biller: "allow",
  anonymous: "UNAUTHORIZED",
};
/** A record of Maple Grove's billing: another clinic's staff find none. */
const BILLING_MAPLE: Row = { ...BILLING_OWN_CLINIC, otherClinicAdmin: "NOT_FOUND" };
/** Maya's family's account: billing staff, and her guardian who sees the bills; nobody else. */
const MAYAS_ACCOUNT: Row = { ...BILLING_MAPLE, guardian: "allow" };
/** What only a guardian who sees the bills does (pay online); staff record payments by hand. */
const PAYING_FOR_MAYA: Row = { ...ANY_SIGNED_IN_FINDS_NOTHING, guardian: "allow" };
const READING_MAYAS_CHART: Row = { ...VIEWING_MAYA, guardian: "NOT_FOUND" };
/** Maya's forms: her guardians fill and sign them; her care team may only read them. */
const FILLING_MAYAS_FORM: Row = {
  ...VIEWING_MAYA,
  admin: "FORBIDDEN",
  assignedTherapist: "FORBIDDEN",
};
const MATRIX_FORM_CONTENT = {
  sections: [
    { id: "s", title: "About", fields: [{ id: "a", type: "text", label: "A", required: true }] },
  ],
};
const MATRIX_PAYER = {
  name: "Matrix Health Plan",
  kind: "commercial",
  payerId: "MTX01",
  address: { addressLine1: "PO Box 1", city: "Springfield", state: "IL", zip: "62701" },
  rules: {
    timedMethod: "ama",
    telehealth: { paidCodes: ["97530"], placeOfService: "as_coded", modifier: "95" },
    habilitativeModifiers: true,
    visitLimitPerYear: 30,
    priorAuthorization: { required: "after_visits", visits: 12 },
    therapyThresholdCents: null,
  },
};
/** A plan of Maya's own from today, as billing staff or her family enter it. */
const mayasOwnPlan = (payerId: string, rank: "primary" | "secondary") => ({
  payerId,
  rank,
  memberId: "IL0048299999",
  groupNumber: null,
  addressLine1: "214 Oak Street",
  city: "Springfield",
  state: "IL",
  zip: "62701",
  relationship: "self",
  subscriberGuardianId: null,
  subscriberDateOfBirth: null,
  effectiveFrom: mapleToday(),
  effectiveTo: null,
});
/** Writing Maya's clinical record: her therapist; the admin reads it but may not write it. */
const WRITING_MAYAS_CHART: Row = { ...READING_MAYAS_CHART, admin: "FORBIDDEN" };
const GOAL_STATEMENT = {
  who: "Maya",
  does: "will button a shirt on her lap",
  howWell: "with one verbal prompt at most, in 4 of 5 mornings",
  byWhen: "within 12 weeks",
};
const PLAN = {
  frequency: { visits: 1, per: "week", weeks: 8 },
  interventions: ["97530"],
  modalities: ["telehealth"],
  homeProgramSummary: "Buttoning ladder, 15 minutes 5 days a week.",
};
const mapleToday = () => localDateOf(new Date(), "America/Chicago");

/** A visit note's content with every part a signature needs, a status for each of the child's goals. */
const completeVisit = (goalIds: readonly string[] = []): VisitNoteContent => ({
  source: "video_session",
  modality: "telehealth",
  placeOfService: "10",
  minutes: { byService: { therapeutic_activities: 30 }, unmarkedChildPresent: 0, caregiverOnly: 0 },
  subjective: "Parent reports calmer mornings.",
  objective: "Buttoned 4 of 5 large buttons.",
  assessment: "Progressing toward the dressing goal.",
  plan: "Small buttons next session.",
  attended: { child: true, guardianIds: [] },
  goalStatuses: goalIds.map((goalId) => ({ goalId, status: "progressing", comment: "" })),
  coaching: [],
  trials: [],
  commenting: null,
  programChanges: [],
  groupShared: null,
});
/** The family's versions of Maya's record: her guardians only. */
const MAYAS_FAMILY_VERSIONS: Row = {
  ...READING_MAYAS_CHART,
  admin: "NOT_FOUND",
  assignedTherapist: "NOT_FOUND",
  guardian: "allow",
};

const MATRIX: Record<string, { input: (fx: Fixture) => unknown; expect: Row }> = {
  "account.me": { input: () => undefined, expect: ANY_SIGNED_IN },
  "account.signOutEverywhere": { input: () => undefined, expect: ANY_SIGNED_IN },
  "account.listSignIns": { input: () => undefined, expect: ANY_SIGNED_IN },
  // One's own details and password only: no input names another person.
  "account.get": { input: () => undefined, expect: ANY_SIGNED_IN },
  "account.setTimeFormat": { input: () => ({ timeFormat: "24h" }), expect: ANY_SIGNED_IN },
  "account.updateDetails": {
    input: () => ({ name: "Renamed Person", phone: "(555) 201-3344" }),
    expect: ANY_SIGNED_IN,
  },
  "account.changePassword": {
    input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: "a-new-long-password" }),
    expect: ANY_SIGNED_IN,
  },
  "account.signOutSignIn": {
    input: (fx) => ({ signInId: fx.parentOtherSignInId }),
    // Only its owner learns that a sign-in exists.
    expect: {
      admin: "NOT_FOUND",
      therapist: "NOT_FOUND",
      assignedTherapist: "NOT_FOUND",
      guardian: "allow",
      otherFamilyGuardian: "NOT_FOUND",
      otherClinicAdmin: "NOT_FOUND",
      biller: "NOT_FOUND",
      anonymous: "UNAUTHORIZED",
    },
  },

  "twoFactor.get": { input: () => undefined, expect: ANY_SIGNED_IN },
  "twoFactor.startTotp": { input: () => undefined, expect: ANY_SIGNED_IN },
  "twoFactor.confirmTotp": { input: () => ({ code: "123456" }), expect: SIGNED_IN_WRONG_CODE },
  "twoFactor.removeTotp": { input: () => ({ code: "123456" }), expect: SIGNED_IN_WRONG_CODE },
  "twoFactor.passkeyOptions": { input: () => undefined, expect: ANY_SIGNED_IN },
  "twoFactor.registerPasskey": {
    input: () => ({ name: "Laptop", response: FORGED_PASSKEY }),
    expect: SIGNED_IN_WRONG_CODE,
  },
  "twoFactor.removePasskey": {
    input: () => ({ passkeyId: "bm8tc3VjaC1wYXNza2V5" }),
    expect: ANY_SIGNED_IN_FINDS_NOTHING,
  },
  "twoFactor.forgetDevice": {
    input: () => ({ deviceId: "00000000-0000-4000-8000-000000000000" }),
    expect: ANY_SIGNED_IN_FINDS_NOTHING,
  },

  "child.list": { input: () => undefined, expect: ANY_SIGNED_IN },
  "child.get": {
    input: (fx) => ({ childId: fx.mayaId }),
    expect: {
      admin: "allow",
      therapist: "NOT_FOUND",
      assignedTherapist: "allow",
      guardian: "allow",
      otherFamilyGuardian: "NOT_FOUND",
      otherClinicAdmin: "NOT_FOUND",
      biller: "NOT_FOUND",
      anonymous: "UNAUTHORIZED",
    },
  },
  "child.create": {
    input: () => ({
      firstName: "Ava",
      lastName: "Matrix",
      dateOfBirth: "2020-02-02",
      primaryTherapistId: null,
      therapistIds: [],
    }),
    expect: ADMIN_OF_OWN_CLINIC,
  },
  "child.updateTherapists": {
    input: (fx) => ({
      childId: fx.mayaId,
      primaryTherapistId: fx.riveraId,
      therapistIds: [fx.riveraId],
    }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "child.updateGuardian": {
    input: (fx) => ({ childId: fx.mayaId, guardianId: fx.grandmaId, canBook: false }),
    expect: STAFF_MANAGING_MAYA,
  },
  "child.removeGuardian": {
    input: (fx) => ({ childId: fx.mayaId, guardianId: fx.grandmaId }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "child.emergencyContact": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "child.updateEmergencyContact": {
    input: (fx) => ({
      childId: fx.mayaId,
      contact: { name: "Rosa Diaz", relationship: "Aunt", phone: "555-010-0199" },
    }),
    // Every guardian of the child may keep it, and the staff who manage her.
    expect: VIEWING_MAYA,
  },

  "invitation.create": {
    input: (fx) => ({
      role: "guardian",
      email: "uncle.johnson@example.com",
      name: "Sam Johnson",
      childId: fx.mayaId,
      relationship: "other_caregiver",
    }),
    expect: STAFF_MANAGING_MAYA,
  },
  "invitation.list": { input: () => undefined, expect: ADMIN_OF_OWN_CLINIC },
  "invitation.revoke": {
    input: (fx) => ({ invitationId: fx.invitationId }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "invitation.get": { input: (fx) => ({ token: fx.invitationToken }), expect: PUBLIC },
  "invitation.accept": {
    input: (fx) => ({
      token: fx.invitationToken,
      name: "Pat Pending",
      password: "a long new password",
    }),
    expect: PUBLIC,
  },

  "passwordReset.request": {
    input: () => ({ email: "parent.garcia@maplegrove.test" }),
    expect: PUBLIC,
  },
  "passwordReset.check": { input: (fx) => ({ token: fx.resetToken }), expect: PUBLIC },
  "passwordReset.complete": {
    input: (fx) => ({ token: fx.resetToken, password: "another long password" }),
    expect: PUBLIC,
  },

  "staff.list": { input: () => undefined, expect: ADMIN_OF_OWN_CLINIC },
  "staff.guardians": { input: () => undefined, expect: ADMIN_OF_OWN_CLINIC },
  "staff.updateLicences": {
    input: (fx) => ({ userId: fx.riveraId, states: ["IL", "WI", "MN"] }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "staff.endSessions": { input: (fx) => ({ userId: fx.chenId }), expect: ADMIN_ON_MAPLE_RECORD },
  "staff.deactivationPreview": {
    input: (fx) => ({ userId: fx.chenId }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "staff.deactivate": {
    input: (fx) => ({ userId: fx.chenId, reassignments: [] }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "staff.reactivate": { input: (fx) => ({ userId: fx.chenId }), expect: ADMIN_ON_MAPLE_RECORD },
  "staff.resetTwoFactor": {
    input: (fx) => ({ userId: fx.chenId }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },

  "staff.setCredential": {
    // What the fixture makes Mei Chen later on: an OT assistant whom Alex Rivera supervises.
    input: (fx) => ({ userId: fx.chenId, credential: "ota", supervisorId: fx.riveraId }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },

  // The chart's facts: diagnoses, the referring physician, consents.
  "diagnosis.search": { input: () => ({ query: "motor" }), expect: STAFF_OF_OWN_CLINIC },
  "diagnosis.list": { input: (fx) => ({ childId: fx.mayaId }), expect: READING_MAYAS_CHART },
  "diagnosis.add": {
    input: (fx) => ({ childId: fx.mayaId, kind: "medical", code: "f840" }),
    expect: WRITING_MAYAS_CHART,
  },
  "diagnosis.remove": {
    input: (fx) => ({ childId: fx.mayaId, diagnosisId: fx.mayaTreatmentDiagnosisIds[0] }),
    expect: WRITING_MAYAS_CHART,
  },
  "diagnosis.reorder": {
    input: (fx) => ({
      childId: fx.mayaId,
      kind: "treatment",
      diagnosisIds: [...fx.mayaTreatmentDiagnosisIds].reverse(),
    }),
    expect: WRITING_MAYAS_CHART,
  },
  "referral.get": { input: (fx) => ({ childId: fx.mayaId }), expect: READING_MAYAS_CHART },
  "referral.set": {
    input: (fx) => ({
      childId: fx.mayaId,
      physician: { name: "Dr. Ana Ortiz", npi: "1234567893" },
      reason: "Fine-motor delays noted at the 5-year well visit.",
    }),
    expect: READING_MAYAS_CHART,
  },
  "form.templates": { input: () => undefined, expect: STAFF_OF_OWN_CLINIC },
  "form.createTemplate": {
    input: () => ({ title: "Matrix form", description: "", content: MATRIX_FORM_CONTENT }),
    expect: ADMIN_OF_OWN_CLINIC,
  },
  "form.updateTemplate": {
    input: (fx) => ({
      templateId: fx.mapleTelehealthFormTemplateId,
      version: 1,
      title: "Telehealth consent",
      description: "",
      content: MATRIX_FORM_CONTENT,
    }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "form.send": {
    input: (fx) => ({ childId: fx.mayaId, templateIds: [fx.mapleTelehealthFormTemplateId] }),
    expect: STAFF_MANAGING_MAYA,
  },
  "form.list": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "form.outstanding": { input: () => undefined, expect: FAMILIES_AND_CARE_TEAMS },
  "form.intakeRoutines": { input: (fx) => ({ childId: fx.mayaId }), expect: STAFF_MANAGING_MAYA },
  "form.get": { input: (fx) => ({ formId: fx.mayaFormId }), expect: VIEWING_MAYA },
  // Only the family fills in and signs; the care team reads.
  "form.save": {
    input: (fx) => ({ formId: fx.mayaFormId, answers: {} }),
    expect: FILLING_MAYAS_FORM,
  },
  "form.sign": {
    input: (fx) => ({
      formId: fx.mayaFormId,
      answers: { agree: ["I consent to telehealth occupational therapy for my child"] },
      consentToSignElectronically: true,
      signerName: "Jordan Johnson",
    }),
    expect: FILLING_MAYAS_FORM,
  },
  "form.newVersion": {
    input: (fx) => ({ formId: fx.mayaSignedFormId }),
    expect: STAFF_MANAGING_MAYA,
  },
  // Consents are the family's: Maya's guardians see them too.
  "consent.list": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "consent.record": {
    input: (fx) => ({
      childId: fx.mayaId,
      kind: "caregiver_training",
      givenByName: "Jordan Johnson",
      givenOn: "2026-01-05",
    }),
    expect: READING_MAYAS_CHART,
  },
  "consent.revoke": {
    input: (fx) => ({ childId: fx.mayaId, consentId: fx.mayaConsentId }),
    expect: READING_MAYAS_CHART,
  },

  "clinic.get": { input: () => undefined, expect: ADMIN_OF_OWN_CLINIC },
  "clinic.update": {
    input: () => ({
      name: "Renamed Clinic",
      timeZone: "America/Denver",
      settings: {
        idleTimeoutMinutes: { staff: 20, guardian: 90 },
        therapistsSeeAllChildren: false,
        reminderOffsetsMinutes: [1440, 60],
      },
    }),
    expect: ADMIN_OF_OWN_CLINIC,
  },
  "clinic.contact": { input: () => undefined, expect: ANY_SIGNED_IN },
  "clinic.updateContact": {
    input: () => ({ phone: "(555) 010-9999", address: "1 Test Street\nSpringfield, IL 62701" }),
    expect: ADMIN_OF_OWN_CLINIC,
  },
  "clinic.logo": { input: () => undefined, expect: ANY_SIGNED_IN },
  "clinic.setLogo": { input: () => ({ image: ONE_PIXEL_PNG }), expect: ADMIN_OF_OWN_CLINIC },
  "clinic.removeLogo": { input: () => undefined, expect: ADMIN_OF_OWN_CLINIC },
  "audit.list": { input: () => ({}), expect: ADMIN_OF_OWN_CLINIC },
  "outbox.list": { input: () => undefined, expect: ADMIN_OF_OWN_CLINIC },

  "availability.get": {
    input: (fx) => ({ therapistId: fx.riveraId }),
    // Colleagues may see each other's hours; families see open times through availability.slots.
    expect: { ...STAFF_MANAGING_MAYA, therapist: "allow" },
  },
  "availability.update": {
    input: (fx) => ({
      therapistId: fx.riveraId,
      weekly: [{ weekday: 1, start: "09:00", end: "12:00" }],
      overrides: [],
    }),
    expect: { ...STAFF_MANAGING_MAYA, therapist: "FORBIDDEN" },
  },
  "availability.slots": {
    input: (fx) => ({
      therapistId: fx.riveraId,
      sessionTypeId: fx.mapleCoachingId,
      from: new Date(Date.now() + 86_400_000),
      to: new Date(Date.now() + 8 * 86_400_000),
    }),
    expect: { ...ANY_SIGNED_IN, otherClinicAdmin: "NOT_FOUND" },
  },
  "sessionType.list": { input: () => undefined, expect: ANY_SIGNED_IN },
  "sessionType.update": {
    input: (fx) => ({
      sessionTypeId: fx.mapleCoachingId,
      durationMinutes: 50,
      priceCents: 9500,
      capacity: 1,
      minimumNoticeMinutes: 120,
      cancellationWindowHours: 48,
    }),
    expect: ADMIN_ON_MAPLE_RECORD,
  },
  "notification.list": { input: () => undefined, expect: STAFF_OF_OWN_CLINIC },
  "notification.unreadCount": { input: () => undefined, expect: STAFF_OF_OWN_CLINIC },
  "notification.markRead": { input: () => ({}), expect: STAFF_OF_OWN_CLINIC },
  "notification.preference": { input: () => undefined, expect: STAFF_OF_OWN_CLINIC },
  "notification.updatePreference": {
    input: () => ({ emailFamilyChanges: true }),
    expect: STAFF_OF_OWN_CLINIC,
  },
  "sessionType.policy": { input: () => undefined, expect: ANY_SIGNED_IN },
  "sessionType.updatePolicy": {
    input: () => ({ text: "Please cancel 24 hours ahead." }),
    expect: ADMIN_OF_OWN_CLINIC,
  },
  "therapist.list": { input: () => undefined, expect: ANY_SIGNED_IN },
  "booking.create": {
    input: (fx) => ({
      childId: fx.mayaId,
      therapistId: fx.riveraId,
      sessionTypeId: fx.mapleCoachingId,
      start: fx.openSlot,
      childLocationState: "IL",
      idempotencyKey: "matrix-booking",
    }),
    // Her guardian and the staff who manage her may book; anyone else finds no such child.
    expect: ACTING_FOR_MAYA,
  },
  "booking.reschedule": {
    input: (fx) => ({ appointmentId: fx.futureAppointmentId, start: fx.openSlot }),
    expect: ACTING_FOR_MAYA,
  },
  // Every family of the clinic may see the groups open for sign-up; where children stand is the caller's own.
  "group.list": { input: () => undefined, expect: ANY_SIGNED_IN },
  "group.create": {
    input: (fx) => ({
      therapistId: fx.riveraId,
      sessionTypeId: fx.mapleGroupTypeId,
      start: fx.openGroupSlot,
      name: "Handwriting club",
    }),
    // A therapist schedules their own groups; a colleague may not fill another's calendar.
    expect: { ...STAFF_MANAGING_MAYA, therapist: "FORBIDDEN" },
  },
  "group.join": {
    input: (fx) => ({
      appointmentId: fx.openGroupId,
      childId: fx.mayaId,
      childLocationState: "IL",
    }),
    expect: ACTING_FOR_MAYA,
  },
  "waitlist.join": {
    input: (fx) => ({
      appointmentId: fx.fullGroupId,
      childId: fx.mayaId,
      childLocationState: "IL",
    }),
    expect: ACTING_FOR_MAYA,
  },
  "group.leave": {
    // Eli's seat: Mei Chen is his therapist, Alex Rivera is not.
    input: (fx) => ({ appointmentId: fx.openGroupId, childId: fx.eliId }),
    expect: {
      ...STAFF_MANAGING_MAYA,
      therapist: "allow",
      assignedTherapist: "NOT_FOUND",
      guardian: "allow",
      otherFamilyGuardian: "NOT_FOUND",
      biller: "NOT_FOUND",
    },
  },
  "series.create": {
    input: (fx) => ({
      childId: fx.mayaId,
      therapistId: fx.riveraId,
      sessionTypeId: fx.mapleCoachingId,
      childLocationState: "IL",
      firstDate: nextMondayAtLeastThreeDaysAhead(),
      time: "08:00",
      intervalWeeks: 1,
      weekdays: [1],
      count: 2,
      mode: "free",
    }),
    expect: ACTING_FOR_MAYA,
  },
  "series.preview": {
    input: (fx) => ({
      childId: fx.mayaId,
      therapistId: fx.riveraId,
      sessionTypeId: fx.mapleCoachingId,
      childLocationState: "IL",
      firstDate: nextMondayAtLeastThreeDaysAhead(),
      time: "08:00",
      intervalWeeks: 1,
      weekdays: [1],
      count: 2,
    }),
    expect: ACTING_FOR_MAYA,
  },
  "booking.list": {
    input: () => ({ from: new Date(), to: new Date(Date.now() + 7 * 86_400_000) }),
    expect: ANY_SIGNED_IN,
  },
  "booking.cancel": {
    input: (fx) => ({ appointmentId: fx.futureAppointmentId, reason: "Maya is unwell" }),
    expect: ACTING_FOR_MAYA,
  },
  "booking.markNoShow": {
    input: (fx) => ({ appointmentId: fx.pastAppointmentId }),
    expect: STAFF_MANAGING_MAYA,
  },
  "series.cancel": {
    input: (fx) => ({ appointmentId: fx.seriesAppointmentId, scope: "all", reason: "Moving away" }),
    expect: ACTING_FOR_MAYA,
  },
  "series.reschedule": {
    input: (fx) => ({ appointmentId: fx.seriesAppointmentId, scope: "all", start: fx.openSlot }),
    expect: ACTING_FOR_MAYA,
  },

  // A child's home program: read by whoever sees the child, changed by staff and guardians with edit permission.
  "program.get": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "program.create": {
    input: (fx) => ({
      childId: fx.childWithoutProgramId,
      minutesPerDay: 10,
      daysPerWeek: 5,
      startDate: "2027-01-04",
    }),
    expect: STAFF_MANAGING_MAYA,
  },
  "program.update": {
    input: (fx) => ({
      childId: fx.mayaId,
      expectedVersion: fx.mayaProgramVersion,
      routineTimes: { homework: "17:00" },
    }),
    expect: VIEWING_MAYA,
  },
  "program.history": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "program.changes": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "message.list": { input: () => undefined, expect: FAMILIES_AND_CARE_TEAMS },
  "message.unreadCount": { input: () => undefined, expect: FAMILIES_AND_CARE_TEAMS },
  "message.get": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "message.send": {
    input: (fx) => ({ childId: fx.mayaId, body: "Is tomorrow's session still on?" }),
    expect: VIEWING_MAYA,
  },
  "message.markRead": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "message.changes": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "message.search": { input: () => ({ words: "session" }), expect: STAFF_OF_OWN_CLINIC },
  "message.addAdmin": {
    input: (fx) => ({ childId: fx.mayaId, adminId: fx.mapleAdminId }),
    expect: { ...VIEWING_MAYA, guardian: "FORBIDDEN" },
  },
  "practiceVideo.share": {
    input: (fx) => ({
      childId: fx.mayaId,
      documentId: fx.mayaVideoDocumentId,
      activityId: fx.mayaActivityId,
    }),
    expect: { ...VIEWING_MAYA, admin: "FORBIDDEN", assignedTherapist: "FORBIDDEN" },
  },
  "practiceVideo.list": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "practiceVideo.unseen": { input: () => undefined, expect: STAFF_OF_OWN_CLINIC },
  "practiceVideo.markSeen": {
    input: (fx) => ({ videoId: fx.mayaPracticeVideoId }),
    expect: { ...VIEWING_MAYA, guardian: "FORBIDDEN" },
  },
  "practiceVideo.reply": {
    input: (fx) => ({
      videoId: fx.mayaPracticeVideoId,
      body: "Lovely pacing at 0:12!",
      momentSeconds: 12,
    }),
    expect: { ...VIEWING_MAYA, guardian: "FORBIDDEN" },
  },
  "document.list": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  // The family never learns of a clinic document kept from them.
  "document.share": {
    input: (fx) => ({ documentId: fx.mayaClinicDocumentId, sharedWithFamily: false }),
    expect: { ...VIEWING_MAYA, guardian: "NOT_FOUND" },
  },
  "program.revert": {
    input: (fx) => ({ childId: fx.mayaId, revisionId: fx.mayaActivityRevisionId }),
    expect: STAFF_MANAGING_MAYA,
  },
  "program.observations": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "program.observe": {
    input: (fx) => ({ childId: fx.mayaId, text: "She chose the laundry basket herself today." }),
    expect: VIEWING_MAYA,
  },
  "activity.create": {
    input: (fx) => ({ childId: fx.mayaId, activity: HEAVY_WORK }),
    expect: STAFF_MANAGING_MAYA,
  },
  "activity.update": {
    input: (fx) => ({
      activityId: fx.mayaActivityId,
      expectedVersion: fx.mayaActivityVersion,
      structure: {
        ...(fx.mayaSensoryStructure as object),
        moments: [{ time: "15:45", label: "After school" }],
      },
    }),
    expect: VIEWING_MAYA,
  },

  // Practice, progress and check-ins: whoever sees the child logs and reads; staff apply suggestions.
  "practice.log": {
    input: (fx) => ({
      childId: fx.mayaId,
      activityId: fx.mayaActivityId,
      clientKey: "matrix-practice-1",
      practisedOn: "2027-01-05",
      entry: { kind: "sensory_diet", outcome: "done" },
    }),
    expect: VIEWING_MAYA,
  },
  "practice.list": {
    input: (fx) => ({ childId: fx.mayaId, from: "2026-01-01", to: "2028-01-01" }),
    expect: VIEWING_MAYA,
  },
  "practice.tap": {
    input: (fx) => ({
      childId: fx.mayaId,
      activityId: fx.mayaLadderId,
      clientKey: "matrix-tap-1",
      tap: "success",
    }),
    expect: VIEWING_MAYA,
  },
  "practice.untap": {
    input: (fx) => ({ childId: fx.mayaId, clientKey: "matrix-tap-1" }),
    expect: VIEWING_MAYA,
  },
  "practice.finish": {
    input: (fx) => ({ childId: fx.mayaId, activityId: fx.mayaActivityId }),
    expect: VIEWING_MAYA,
  },
  "practice.open": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  // Only the family takes back its own practice at home; staff who see Maya are refused.
  "practice.undo": {
    input: (fx) => ({ logId: fx.mayaTodaysLogId }),
    expect: {
      ...VIEWING_MAYA,
      admin: "FORBIDDEN",
      assignedTherapist: "FORBIDDEN",
    },
  },
  "progression.caseload": { input: () => undefined, expect: STAFF_OF_OWN_CLINIC },
  "progression.get": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "progression.accept": {
    input: (fx) => ({ activityId: fx.mayaLadderId, expectedVersion: fx.mayaLadderVersion }),
    expect: { ...VIEWING_MAYA, guardian: "FORBIDDEN" },
  },
  "checkIn.submit": {
    input: (fx) => ({
      childId: fx.mayaId,
      week: 8,
      submittedOn: "2027-01-05",
      ratings: [
        { goalId: "dressing", performance: 6, satisfaction: 6 },
        { goalId: "homework", performance: 5, satisfaction: 5 },
        { goalId: "connection", performance: 7, satisfaction: 7 },
      ],
    }),
    expect: VIEWING_MAYA,
  },

  // The clinic's activity library: its staff only; another clinic's templates are not found.
  "template.list": { input: () => undefined, expect: STAFF_OF_OWN_CLINIC },
  "template.create": {
    input: () => ({ activity: HEAVY_WORK }),
    expect: STAFF_OF_OWN_CLINIC,
  },
  "template.update": {
    input: (fx) => ({ templateId: fx.mapleTemplateId, activity: HEAVY_WORK }),
    expect: { ...STAFF_OF_OWN_CLINIC, otherClinicAdmin: "NOT_FOUND" },
  },
  "template.copy": {
    input: (fx) => ({ templateId: fx.mapleTemplateId }),
    expect: { ...STAFF_OF_OWN_CLINIC, otherClinicAdmin: "NOT_FOUND" },
  },

  // Everyone's own calendar address; admins hold no sessions, so they get none.
  "calendarFeed.get": { input: () => undefined, expect: ANY_SIGNED_IN },
  "calendarFeed.create": {
    input: () => undefined,
    expect: {
      ...ANY_SIGNED_IN,
      admin: "FORBIDDEN",
      otherClinicAdmin: "FORBIDDEN",
      biller: "FORBIDDEN",
    },
  },
  "calendarFeed.revoke": { input: () => undefined, expect: ANY_SIGNED_IN },

  // A video session: its therapist and the families of its children; anyone else finds nothing.
  "liveSession.get": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: IN_MAYAS_SESSION,
  },
  "liveSession.enter": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: IN_MAYAS_SESSION,
  },
  "liveSession.token": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: IN_MAYAS_SESSION,
  },
  "liveSession.summary": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: IN_MAYAS_SESSION,
  },
  "liveSession.admit": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.deny": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, userId: fx.grandmaId }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.inviteObserver": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, userId: fx.chenId }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.tally": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, kind: "descriptive", step: 1 }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.timer": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, kind: "child_present" }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.note": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, text: "Matrix note" }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.setKit": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, kit: ["Playdough"] }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.moderate": {
    input: (fx) => ({
      appointmentId: fx.liveAppointmentId,
      identity: fx.parentIdentity,
      action: "mute",
    }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.muteAll": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.spotlight": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, identity: fx.parentIdentity }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.end": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.attendance": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.markService": {
    input: (fx) => ({ appointmentId: fx.liveAppointmentId, service: "therapeutic_activities" }),
    expect: RUNNING_MAYAS_SESSION,
  },
  "liveSession.startBreakouts": {
    input: (fx) => ({ appointmentId: fx.liveGroupId, rooms: 2, minutes: 10 }),
    expect: RUNNING_THE_GROUP,
  },
  "liveSession.endBreakouts": {
    input: (fx) => ({ appointmentId: fx.liveGroupId }),
    expect: RUNNING_THE_GROUP,
  },

  // Goals: staff read them whole; a guardian reads the family's wording; only her therapist writes.
  "goal.list": { input: (fx) => ({ childId: fx.mayaId }), expect: VIEWING_MAYA },
  "goal.create": {
    input: (fx) => ({
      childId: fx.mayaId,
      term: "long",
      statement: GOAL_STATEMENT,
      familyWording: "Button her own shirt",
    }),
    expect: WRITING_MAYAS_CHART,
  },
  "goal.update": {
    input: (fx) => ({ goalId: fx.mayaGoalId, version: 1, familyWording: "Button her shirt" }),
    expect: WRITING_MAYAS_CHART,
  },
  "goal.setState": {
    input: (fx) => ({ goalId: fx.mayaGoalId, state: "met" }),
    expect: WRITING_MAYAS_CHART,
  },

  // Plans of care: the physician's link needs no account; everything else is the clinical record.
  "planOfCare.list": {
    input: () => undefined,
    expect: { ...STAFF_OF_OWN_CLINIC, guardian: "FORBIDDEN", otherFamilyGuardian: "FORBIDDEN" },
  },
  "planOfCare.get": {
    input: (fx) => ({ planOfCareId: fx.mayaPlanOfCareId }),
    expect: READING_MAYAS_CHART,
  },
  "planOfCare.create": {
    input: (fx) => ({
      childId: fx.mayaId,
      startOn: mapleToday(),
      endOn: mapleToday(),
      goalIds: [fx.mayaGoalId],
      ...PLAN,
    }),
    expect: WRITING_MAYAS_CHART,
  },
  "planOfCare.update": {
    input: (fx) => ({ planOfCareId: fx.mayaPlanOfCareId, version: 1, homeProgramSummary: "" }),
    expect: WRITING_MAYAS_CHART,
  },
  "planOfCare.recertify": {
    input: (fx) => ({ planOfCareId: fx.mayaPlanOfCareId, endOn: fx.mayaPlanOfCareEndOn }),
    expect: WRITING_MAYAS_CHART,
  },
  "planOfCare.requestSignature": {
    input: (fx) => ({ planOfCareId: fx.mayaPlanOfCareId, email: "dr.matrix@clinic.test" }),
    expect: WRITING_MAYAS_CHART,
  },
  "planOfCare.forSigning": { input: (fx) => ({ token: fx.signingToken }), expect: PUBLIC },
  "planOfCare.sign": {
    input: (fx) => ({
      token: fx.signingToken,
      physicianName: "Anita Patel, MD",
      npi: "1234567893",
      signedOn: mapleToday(),
      attest: true,
    }),
    expect: PUBLIC,
  },
  "planOfCare.recordSignedCopy": {
    input: (fx) => ({
      planOfCareId: fx.mayaPlanOfCareId,
      physicianName: "Anita Patel, MD",
      signedCopyOn: mapleToday(),
    }),
    expect: READING_MAYAS_CHART,
  },
  // Billing: its staff only; a therapist, a family or another clinic finds no such child.
  "authorization.checkBooking": {
    input: (fx) => ({ childId: fx.mayaId, sessionTypeId: fx.mapleCoachingId, start: fx.openSlot }),
    expect: STAFF_MANAGING_MAYA,
  },
  "authorization.runningOut": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "authorization.list": { input: (fx) => ({ childId: fx.mayaId }), expect: BILLING_MAPLE },
  "authorization.create": {
    input: (fx) => ({
      coverageId: fx.mayaCoverageId,
      counts: "visits",
      approved: 12,
      startsOn: mapleToday(),
      endsOn: mapleToday(),
    }),
    expect: BILLING_MAPLE,
  },
  "charge.list": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "charge.visitsNotBilled": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "charge.blockingNotes": {
    input: () => undefined,
    expect: { ...STAFF_OF_OWN_CLINIC, guardian: "FORBIDDEN", otherFamilyGuardian: "FORBIDDEN" },
  },
  "claim.list": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "claim.get": { input: (fx) => ({ claimId: fx.sofiaClaimId }), expect: BILLING_MAPLE },
  "claim.scrub": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  // Past the guard, Sofia's claim has not been sent: there is no answer to record, nothing to correct.
  "claim.recordAnswer": {
    input: (fx) => ({ claimId: fx.sofiaClaimId, answer: "rejected" }),
    expect: { ...BILLING_MAPLE, admin: "CONFLICT", biller: "CONFLICT" },
  },
  "claim.correct": {
    input: (fx) => ({ claimId: fx.sofiaClaimId, kind: "replace" }),
    expect: { ...BILLING_MAPLE, admin: "CONFLICT", biller: "CONFLICT" },
  },
  // Past the guard, the payer has not paid Sofia's claim: nothing to bill on or move yet.
  "claim.billSecondary": {
    input: (fx) => ({ claimId: fx.sofiaClaimId }),
    expect: { ...BILLING_MAPLE, admin: "PRECONDITION_FAILED", biller: "PRECONDITION_FAILED" },
  },
  "claim.moveBalanceToFamily": {
    input: (fx) => ({ claimId: fx.sofiaClaimId }),
    expect: { ...BILLING_MAPLE, admin: "PRECONDITION_FAILED", biller: "PRECONDITION_FAILED" },
  },
  "claimBatch.list": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "claimBatch.create": {
    input: (fx) => ({ payerId: fx.sofiaPayerId, claimIds: [fx.sofiaClaimId] }),
    // Past the guard, the claim waits for its co-signature: 422 with its findings.
    expect: { ...BILLING_MAPLE, admin: "UNPROCESSABLE_CONTENT", biller: "UNPROCESSABLE_CONTENT" },
  },
  "era.import": {
    input: () => ({ fileName: "empty.835", content: EMPTY_835 }),
    expect: BILLING_OWN_CLINIC,
  },
  "era.list": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "era.get": { input: (fx) => ({ remittanceId: fx.mapleRemittanceId }), expect: BILLING_MAPLE },
  "era.denials": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "era.markDenialWorked": {
    input: (fx) => ({ remittanceClaimId: fx.mapleDenialId }),
    expect: BILLING_MAPLE,
  },
  "statement.current": { input: (fx) => ({ childId: fx.mayaId }), expect: MAYAS_ACCOUNT },
  "statement.list": { input: (fx) => ({ childId: fx.mayaId }), expect: MAYAS_ACCOUNT },
  "statement.get": {
    input: (fx) => ({ statementId: fx.mayaStatementId }),
    expect: MAYAS_ACCOUNT,
  },
  "statement.issue": { input: (fx) => ({ childId: fx.mayaId }), expect: BILLING_MAPLE },
  "invoice.list": { input: (fx) => ({ childId: fx.mayaId }), expect: MAYAS_ACCOUNT },
  "invoice.create": {
    input: (fx) => ({
      childId: fx.mayaId,
      items: [{ description: "Evaluation", cents: 15_000 }],
      dueOn: "2030-01-31",
    }),
    expect: BILLING_MAPLE,
  },
  "invoice.void": {
    input: (fx) => ({ invoiceId: fx.mayaInvoiceId, reason: "Entered twice" }),
    expect: BILLING_MAPLE,
  },
  "payment.options": { input: (fx) => ({ childId: fx.mayaId }), expect: MAYAS_ACCOUNT },
  "payment.start": {
    input: (fx) => ({ childId: fx.mayaId, amountCents: 4_000 }),
    expect: PAYING_FOR_MAYA,
  },
  // The payment failed before: confirming it again answers it as it stands.
  "payment.confirm": {
    input: (fx) => ({ paymentId: fx.mayaCardPaymentId }),
    expect: PAYING_FOR_MAYA,
  },
  "payment.list": { input: (fx) => ({ childId: fx.mayaId }), expect: MAYAS_ACCOUNT },
  "payment.forgetCard": {
    input: () => ({ savedCardId: "00000000-0000-4000-8000-000000000000" }),
    expect: ANY_SIGNED_IN_FINDS_NOTHING,
  },
  "superbill.get": {
    input: (fx) => ({ childId: fx.mayaId, from: "2026-11-01", to: "2026-11-30" }),
    expect: MAYAS_ACCOUNT,
  },
  "ledger.child": { input: (fx) => ({ childId: fx.mayaId }), expect: BILLING_MAPLE },
  "ledger.recordPayment": {
    input: (fx) => ({ childId: fx.mayaId, cents: 2_000, method: "cash" }),
    expect: BILLING_MAPLE,
  },
  // Past the guard, Maya's family has paid nothing: a refund is refused in words (422).
  "ledger.refund": {
    input: (fx) => ({ childId: fx.mayaId, cents: 100 }),
    expect: { ...BILLING_MAPLE, admin: "UNPROCESSABLE_CONTENT", biller: "UNPROCESSABLE_CONTENT" },
  },
  // Maya's family owes its $40.00 invoice: $1.00 of it may be written off.
  "ledger.writeOff": {
    input: (fx) => ({ childId: fx.mayaId, party: "family", cents: 100, memo: "Hardship" }),
    expect: BILLING_MAPLE,
  },
  // Eli's family was charged a fee for his open group (below): billing staff may waive it.
  "ledger.waiveFee": {
    input: (fx) => ({ childId: fx.eliId, appointmentId: fx.openGroupId, reason: "Goodwill" }),
    expect: BILLING_MAPLE,
  },
  "report.arAging": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "report.collections": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "report.denials": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "report.productivity": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "report.authorizationUse": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "report.documentationLag": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "report.doseVsAttendance": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "payer.list": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "payer.create": { input: () => MATRIX_PAYER, expect: BILLING_OWN_CLINIC },
  "payer.update": {
    input: (fx) => ({ ...MATRIX_PAYER, id: fx.sofiaPayerId }),
    expect: BILLING_MAPLE,
  },
  "payer.archive": { input: (fx) => ({ id: fx.sofiaPayerId }), expect: BILLING_MAPLE },
  "payer.restore": { input: (fx) => ({ id: fx.sofiaPayerId }), expect: BILLING_MAPLE },
  "feeSchedule.list": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  "feeSchedule.set": {
    input: (fx) => ({ payerId: fx.sofiaPayerId, code: "97530", cents: 9_000 }),
    expect: BILLING_MAPLE,
  },
  "feePolicy.get": { input: () => undefined, expect: BILLING_OWN_CLINIC },
  // Another clinic's admin sets their own clinic's fees: Maple Grove's session type is not theirs.
  "feePolicy.update": {
    input: (fx) => ({
      kind: "late_cancel",
      amountCents: 4_500,
      sessionTypeIds: [fx.mapleCoachingId],
    }),
    expect: { ...ADMIN_OF_OWN_CLINIC, otherClinicAdmin: "BAD_REQUEST" },
  },
  "coverage.child": { input: (fx) => ({ childId: fx.mayaId }), expect: BILLING_MAPLE },
  "coverage.list": { input: (fx) => ({ childId: fx.mayaId }), expect: BILLING_MAPLE },
  "coverage.create": {
    input: (fx) => ({ ...mayasOwnPlan(fx.sofiaPayerId, "secondary"), childId: fx.mayaId }),
    expect: BILLING_MAPLE,
  },
  "coverage.update": {
    input: (fx) => ({ ...mayasOwnPlan(fx.mayaPayerId, "primary"), coverageId: fx.mayaCoverageId }),
    expect: BILLING_MAPLE,
  },
  "coverage.end": {
    input: (fx) => ({ coverageId: fx.mayaCoverageId, effectiveTo: mapleToday() }),
    expect: BILLING_MAPLE,
  },
  // The family's card: Maya's guardians only; staff keep coverage through the procedures above.
  "coverage.listForFamily": {
    input: (fx) => ({ childId: fx.mayaId }),
    expect: MAYAS_FAMILY_VERSIONS,
  },
  "coverage.submitByFamily": {
    input: (fx) => ({
      ...mayasOwnPlan(fx.sofiaPayerId, "secondary"),
      childId: fx.mayaId,
      coverageId: null,
      whose: "child",
    }),
    expect: MAYAS_FAMILY_VERSIONS,
  },
  // The clinical record: staff who reach the child read it, therapists write it; a guardian finds none.
  "note.draftFromSession": {
    input: (fx) => ({ appointmentId: fx.pastAppointmentId, childId: fx.mayaId }),
    expect: WRITING_MAYAS_CHART,
  },
  "note.get": { input: (fx) => ({ noteId: fx.mayaNoteId }), expect: READING_MAYAS_CHART },
  "note.awaitingCosign": {
    input: () => undefined,
    expect: { ...STAFF_OF_OWN_CLINIC, guardian: "FORBIDDEN", otherFamilyGuardian: "FORBIDDEN" },
  },
  "note.list": { input: (fx) => ({ childId: fx.mayaId }), expect: READING_MAYAS_CHART },
  "note.update": {
    input: (fx) => ({
      noteId: fx.mayaNoteId,
      version: fx.mayaNoteVersion,
      kind: "visit",
      content: completeVisit([fx.mayaGoalId]),
    }),
    expect: WRITING_MAYAS_CHART,
  },
  "note.updateGroupShared": {
    input: (fx) => ({
      appointmentId: fx.liveGroupId,
      text: "Obstacle course, taking turns.",
      version: 1,
    }),
    // Mei Chen runs the group; Alex Rivera writes the record of both children seated in it.
    expect: { ...WRITING_MAYAS_CHART, therapist: "allow" },
  },
  "note.sign": {
    input: (fx) => ({ noteId: fx.mayaNoteId, version: fx.mayaNoteVersion, attestation: true }),
    expect: WRITING_MAYAS_CHART,
  },
  "note.addendum": {
    input: (fx) => ({
      noteId: fx.sofiaOtaNoteId,
      reason: "Late entry",
      body: "Called the family.",
    }),
    // Sofia's therapists both write her record.
    expect: { ...WRITING_MAYAS_CHART, therapist: "allow" },
  },
  "note.cosign": {
    input: (fx) => ({ noteId: fx.sofiaOtaNoteId }),
    // Only Mei Chen's supervising OT: not Chen herself, nor the admin.
    expect: { ...WRITING_MAYAS_CHART, therapist: "FORBIDDEN" },
  },
  "documentation.due": { input: (fx) => ({ childId: fx.mayaId }), expect: READING_MAYAS_CHART },
  "evaluation.create": {
    input: (fx) => ({ childId: fx.mayaId, kind: "evaluation", serviceOn: "2026-01-05" }),
    expect: WRITING_MAYAS_CHART,
  },
  "evaluation.suggestComplexity": {
    input: (fx) => ({ noteId: fx.mayaEvaluationId }),
    expect: READING_MAYAS_CHART,
  },
  "evaluation.list": { input: (fx) => ({ childId: fx.mayaId }), expect: READING_MAYAS_CHART },
  "progressReport.draft": { input: (fx) => ({ childId: fx.mayaId }), expect: WRITING_MAYAS_CHART },
  "progressReport.sendToFamily": {
    input: (fx) => ({ noteId: fx.mayaSignedReportId }),
    expect: WRITING_MAYAS_CHART,
  },
  "progressReport.forFamily": {
    input: (fx) => ({ childId: fx.mayaId }),
    expect: MAYAS_FAMILY_VERSIONS,
  },
  "dischargeSummary.draft": {
    input: (fx) => ({ childId: fx.mayaId, dischargedOn: "2026-03-02" }),
    expect: WRITING_MAYAS_CHART,
  },
};

// `_def.procedures` is typed as the nested record but holds the flat "router.procedure" map at runtime.
const PROCEDURES = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; meta?: ProcedureMeta } }
>;

type Session = AuthSession | null;
const sessions = {} as Record<ActorKey, Session>;
let parentLee: Session;
let fx: Fixture;

async function mapleSessionType(kind: "coaching" | "group") {
  const [row] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, kind)));
  if (!row) throw new Error(`no ${kind} session type in the seed`);
  return row.id;
}

async function firstOpenSlot(
  deps: ReturnType<typeof testDeps>,
  therapistId: string,
  sessionTypeId: string,
) {
  const { slots } = await callerFor(deps, sessions.admin).availability.slots({
    therapistId,
    sessionTypeId,
    from: new Date(Date.now() + 2 * 86_400_000),
    to: new Date(Date.now() + 9 * 86_400_000),
  });
  return slots[0]?.start ?? new Date(0);
}

function nextMondayAtLeastThreeDaysAhead() {
  const day = new Date(Date.now() + 3 * 86_400_000);
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * A telehealth session with Alex Rivera in which one child already has a seat, written directly
 * (the services refuse past times): a 45-minute coaching session, or a 60-minute group.
 */
async function sessionWith(
  child: [string, string],
  start: Date,
  kind: "coaching" | "group",
  capacity = 1,
  therapistEmail = "ot.rivera@maplegrove.test",
) {
  const [maple] = await db
    .select()
    .from(clinics)
    .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
  const therapistId = await userId(therapistEmail);
  const { id } = await insertSession(db, {
    clinicId: maple?.id ?? "",
    therapistId,
    sessionTypeId: await mapleSessionType(kind),
    startsAt: start,
    minutes: kind === "group" ? 60 : 45,
    modality: "telehealth",
    capacity,
    childIds: [await childId(...child)],
  });
  return id;
}

/** Makes a session the single occurrence of a weekly series, for the series.* procedures. */
async function inOneOccurrenceSeries(appointmentId: string) {
  const [appointment] = await db
    .select()
    .from(appointments)
    .where(eq(appointments.id, appointmentId));
  if (!appointment) throw new Error("no appointment");
  const [row] = await db
    .insert(appointmentSeries)
    .values({
      clinicId: appointment.clinicId,
      therapistId: appointment.therapistId,
      rrule: "RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=1",
      timeZone: appointment.timeZone,
    })
    .returning({ id: appointmentSeries.id });
  await db
    .update(appointments)
    .set({ seriesId: row?.id ?? null })
    .where(eq(appointments.id, appointmentId));
  return appointmentId;
}

async function userId(email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no seeded user ${email}`);
  return row.id;
}

async function childId(firstName: string, lastName: string) {
  const [row] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, firstName), eq(children.lastName, lastName)));
  if (!row) throw new Error(`no seeded child ${firstName} ${lastName}`);
  return row.id;
}

async function mailedToken(
  to: string,
  route: "invitations" | "reset-password" | "sign/plan-of-care",
) {
  const [mail] = await db
    .select({ text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.to, to))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const token = mail?.text.match(new RegExp(`/${route}/([\\w-]+)`))?.[1];
  if (!token) throw new Error(`no ${route} link was mailed to ${to}`);
  return token;
}

beforeAll(async () => {
  const deps = testDeps(db);
  for (const key of ACTOR_KEYS) {
    const email = ACTORS[key];
    sessions[key] = email ? await signInAs(deps, email) : null;
  }
  parentLee = await signInAs(deps, "parent.lee@harborkids.test");

  const invited = await callerFor(deps, sessions.admin).invitation.create({
    role: "therapist",
    email: "pending.therapist@maplegrove.test",
    name: "Pat Pending",
  });
  await requestPasswordResetMail(deps, "parent.garcia@maplegrove.test");

  fx = {
    mayaId: await childId("Maya", "Johnson"),
    grandmaId: await userId("grandma.johnson@maplegrove.test"),
    riveraId: await userId("ot.rivera@maplegrove.test"),
    chenId: await userId("ot.chen@maplegrove.test"),
    invitationId: invited.invitationId,
    invitationToken: await mailedToken("pending.therapist@maplegrove.test", "invitations"),
    resetToken: await mailedToken("parent.garcia@maplegrove.test", "reset-password"),
    mapleCoachingId: await mapleSessionType("coaching"),
    openSlot: new Date(0),
    openGroupSlot: new Date(0),
    futureAppointmentId: "",
    pastAppointmentId: "",
    mapleGroupTypeId: await mapleSessionType("group"),
    openGroupId: "",
    fullGroupId: "",
    eliId: await childId("Eli", "Johnson"),
    seriesAppointmentId: "",
    childWithoutProgramId: "",
    mayaProgramVersion: 0,
    mayaActivityId: "",
    mayaTodaysLogId: "",
    mayaActivityVersion: 0,
    mayaSensoryStructure: null,
    mayaActivityRevisionId: "",
    mapleTemplateId: (await callerFor(deps, sessions.admin).template.list())[0]?.id ?? "",
    mayaLadderId: "",
    mayaLadderVersion: 0,
    liveAppointmentId: "",
    parentIdentity: "",
    liveGroupId: "",
    parentOtherSignInId: (await signInAs(deps, ACTORS.guardian)).actor.sessionId,
    mayaTreatmentDiagnosisIds: [],
    mayaConsentId: "",
    mapleTelehealthFormTemplateId: "",
    mayaFormId: "",
    mayaSignedFormId: "",
    mayaGoalId: "",
    mayaPlanOfCareId: "",
    mayaPlanOfCareEndOn: "",
    signingToken: "",
    mayaNoteId: "",
    mayaNoteVersion: 0,
    sofiaOtaNoteId: "",
    sofiaClaimId: "",
    sofiaPayerId: "",
    mapleRemittanceId: "",
    mapleDenialId: "",
    mayaCoverageId: "",
    mayaPayerId: "",
    mayaEvaluationId: "",
    mayaSignedReportId: "",
    mayaInvoiceId: "",
    mayaStatementId: "",
    mayaCardPaymentId: "",
    mayaClinicDocumentId: "",
    mapleAdminId: await userId(ACTORS.admin),
    mayaVideoDocumentId: "",
    mayaPracticeVideoId: "",
  };
  // Maya's chart: two treatment diagnoses to reorder, a consent to revoke; Mei Chen is an OT.
  const riveraCaller = callerFor(deps, sessions.assignedTherapist);
  for (const code of ["F82", "R27.8"])
    await riveraCaller.diagnosis.add({ childId: fx.mayaId, kind: "treatment", code });
  fx.mayaTreatmentDiagnosisIds = (
    await riveraCaller.diagnosis.list({ childId: fx.mayaId })
  ).treatment.map((d) => d.id);
  fx.mayaConsentId = (
    await riveraCaller.consent.record({
      childId: fx.mayaId,
      kind: "telehealth",
      givenByGuardianId: sessions.guardian?.actor.userId,
      givenOn: "2026-01-05",
    })
  ).id;
  await seedMayasForms(fx, deps);
  for (const userId of [fx.chenId, fx.riveraId])
    await callerFor(deps, sessions.admin).staff.setCredential({ userId, credential: "ot" });
  // Maya's chart: a draft evaluation, and a progress report signed as note.sign would sign it.
  const riveraChart = callerFor(deps, sessions.assignedTherapist);
  fx.mayaEvaluationId = (
    await riveraChart.evaluation.create({
      childId: fx.mayaId,
      kind: "evaluation",
      serviceOn: "2026-01-05",
    })
  ).noteId;
  fx.mayaSignedReportId = (await riveraChart.progressReport.draft({ childId: fx.mayaId })).noteId;
  await db
    .update(clinicalNotes)
    .set({ signedAt: new Date(), signedById: fx.riveraId })
    .where(eq(clinicalNotes.id, fx.mayaSignedReportId));
  // Maya's demo program: its sensory diet is what a guardian with edit permission may retime.
  const rivera = callerFor(deps, sessions.assignedTherapist);
  const { program } = await rivera.program.get({ childId: fx.mayaId });
  const sensory = program?.activities.find((a) => a.structure.kind === "sensory_diet");
  if (!program || !sensory) throw new Error("Maya's demo program has no sensory diet");
  fx.mayaProgramVersion = program.version;
  fx.mayaActivityId = sensory.id;
  fx.mayaActivityVersion = sensory.version;
  fx.mayaSensoryStructure = sensory.structure;
  fx.mayaTodaysLogId = (
    await callerFor(deps, sessions.guardian).practice.log({
      childId: fx.mayaId,
      activityId: sensory.id,
      clientKey: "matrix-todays-done",
      practisedOn: localDateOf(new Date(), "America/Chicago"),
      entry: { kind: "sensory_diet", outcome: "done" },
    })
  ).logId;
  // Maya's buttoning ladder has a step-up waiting in the demo practice log.
  const ladder = program.activities.find((a) => a.structure.kind === "ladder");
  fx.mayaLadderId = ladder?.id ?? "";
  fx.mayaLadderVersion = ladder?.version ?? 0;
  fx.childWithoutProgramId = await insertChild(db, {
    clinicId: sessions.admin?.actor.clinicId ?? "",
    firstName: "Ava",
    lastName: "Matrix",
    dateOfBirth: "2020-02-02",
    primaryTherapistId: fx.riveraId,
  });
  await setChildTherapists(db, fx.childWithoutProgramId, fx.riveraId, []);
  fx.mayaGoalId = (
    await rivera.goal.create({
      childId: fx.mayaId,
      term: "long",
      statement: GOAL_STATEMENT,
      familyWording: "Button her own shirt",
    })
  ).goalId;
  fx.mayaPlanOfCareId = (
    await rivera.planOfCare.create({
      childId: fx.mayaId,
      startOn: mapleToday(),
      endOn: mapleToday(),
      goalIds: [fx.mayaGoalId],
      homeProgramSummary: PLAN.homeProgramSummary,
      interventions: ["97530"],
      modalities: ["telehealth"],
      frequency: { visits: 1, per: "week", weeks: 8 },
    })
  ).planOfCareId;
  // A recertification ends within 90 days of the day after this plan's end.
  fx.mayaPlanOfCareEndOn = addDays(mapleToday(), 60);
  await rivera.planOfCare.requestSignature({
    planOfCareId: fx.mayaPlanOfCareId,
    email: "dr.matrix@clinic.test",
  });
  fx.signingToken = await mailedToken("dr.matrix@clinic.test", "sign/plan-of-care");
  const history = await rivera.program.history({ childId: fx.mayaId });
  fx.mayaActivityRevisionId =
    history.find((r) => r.action === "activity.create" && r.revertible)?.id ?? "";
  fx.openSlot = await firstOpenSlot(deps, fx.riveraId, fx.mapleCoachingId);
  fx.openGroupSlot = await firstOpenSlot(deps, fx.riveraId, fx.mapleGroupTypeId);
  fx.futureAppointmentId = await sessionWith(
    ["Maya", "Johnson"],
    new Date(Date.now() + 20 * 86_400_000),
    "coaching",
  );
  fx.pastAppointmentId = await sessionWith(
    ["Maya", "Johnson"],
    new Date(Date.now() - 86_400_000),
    "coaching",
  );
  fx.seriesAppointmentId = await inOneOccurrenceSeries(
    await sessionWith(["Maya", "Johnson"], new Date(Date.now() + 23 * 86_400_000), "coaching"),
  );
  // Eli is seated in both groups: one with seats left, one whose single seat he fills.
  fx.openGroupId = await sessionWith(
    ["Eli", "Johnson"],
    new Date(Date.now() + 21 * 86_400_000),
    "group",
    6,
  );
  fx.fullGroupId = await sessionWith(
    ["Eli", "Johnson"],
    new Date(Date.now() + 22 * 86_400_000),
    "group",
    1,
  );

  fx.liveAppointmentId = await sessionWith(
    ["Maya", "Johnson"],
    new Date(Date.now() - 20 * 60_000),
    "coaching",
  );
  const live = { appointmentId: fx.liveAppointmentId };
  await rivera.liveSession.enter(live);
  await callerFor(deps, sessions.guardian).liveSession.enter(live);
  await rivera.liveSession.admit(live);
  fx.parentIdentity =
    (await rivera.liveSession.get(live)).participants.find((p) => p.role === "guardian")
      ?.identity ?? "";
  fx.liveGroupId = await sessionWith(
    ["Maya", "Johnson"],
    new Date(),
    "group",
    6,
    "ot.chen@maplegrove.test",
  );
  await db.insert(appointmentParticipants).values({
    appointmentId: fx.liveGroupId,
    childId: await childId("Sofia", "Garcia"),
    childLocationState: "IL",
    bookedById: fx.chenId,
  });
  const group = { appointmentId: fx.liveGroupId };
  for (const actor of ["therapist", "guardian", "otherFamilyGuardian"] as const)
    await callerFor(deps, sessions[actor]).liveSession.enter(group);
  await callerFor(deps, sessions.therapist).liveSession.admit(group);

  // Visit notes: Rivera's complete draft for Maya; Mei Chen, an OT assistant supervised by Rivera, signed one for Sofia.
  const mayaNote = await rivera.note.draftFromSession({
    appointmentId: fx.pastAppointmentId,
    childId: fx.mayaId,
  });
  fx.mayaNoteId = mayaNote.noteId;
  fx.mayaNoteVersion = (
    await rivera.note.update({
      noteId: mayaNote.noteId,
      version: 1,
      kind: "visit",
      content: completeVisit([fx.mayaGoalId]),
    })
  ).version;
  await db
    .update(memberships)
    .set({ credential: "ota", supervisorId: fx.riveraId })
    .where(eq(memberships.userId, fx.chenId));
  const chen = callerFor(deps, sessions.therapist);
  const sofiaNote = await chen.note.draftFromSession({
    appointmentId: await sessionWith(
      ["Sofia", "Garcia"],
      new Date(Date.now() - 2 * 86_400_000),
      "coaching",
      1,
      "ot.chen@maplegrove.test",
    ),
    childId: await childId("Sofia", "Garcia"),
  });
  const saved = await chen.note.update({
    noteId: sofiaNote.noteId,
    version: 1,
    kind: "visit",
    content: completeVisit(),
  });
  await chen.note.sign({ noteId: sofiaNote.noteId, version: saved.version, attestation: true });
  fx.sofiaOtaNoteId = sofiaNote.noteId;
  const [sofiaClaim] = await db
    .select({ id: claims.id, payerId: claims.payerId })
    .from(claims)
    .innerJoin(charges, eq(charges.id, claims.chargeId))
    .where(eq(charges.noteId, sofiaNote.noteId));
  fx.sofiaClaimId = sofiaClaim?.id ?? "";
  const [mayaCoverage] = await db
    .select({ id: coverages.id, payerId: coverages.payerId })
    .from(coverages)
    .where(eq(coverages.childId, fx.mayaId));
  fx.mayaCoverageId = mayaCoverage?.id ?? "";
  fx.mayaPayerId = mayaCoverage?.payerId ?? "";
  fx.sofiaPayerId = sofiaClaim?.payerId ?? "";
  await seedMapleDenial(fx);
  await seedMayasAccount(fx);
  await seedMayasDocuments(fx);
  await db.insert(ledgerEntries).values({
    clinicId: sessions.admin?.actor.clinicId ?? "",
    childId: fx.eliId,
    party: "family",
    kind: "fee",
    cents: 4_000,
    appointmentId: fx.openGroupId,
    datedOn: mapleToday(),
  });
});

/** Maya's telehealth consent sent unsigned, and her privacy notice signed by her parent. */
async function seedMayasForms(fixture: Fixture, deps: ReturnType<typeof testDeps>) {
  const rivera = callerFor(deps, sessions.assignedTherapist);
  const templates = await rivera.form.templates();
  const idOf = (key: string) => templates.find((t) => t.key === key)?.id ?? "";
  fixture.mapleTelehealthFormTemplateId = idOf("telehealth_consent");
  const [unsigned, signed] = await rivera.form.send({
    childId: fixture.mayaId,
    templateIds: [idOf("telehealth_consent"), idOf("privacy_notice")],
  });
  fixture.mayaFormId = unsigned?.id ?? "";
  fixture.mayaSignedFormId = signed?.id ?? "";
  await callerFor(deps, sessions.guardian).form.sign({
    formId: fixture.mayaSignedFormId,
    answers: { agree: ["I received the clinic's notice of privacy practices"] },
    consentToSignElectronically: true,
    signerName: "Jordan Johnson",
  });
}

/** A clinic letter of Maya's, and a practice video her parent uploaded and shared (no files behind them). */
async function seedMayasDocuments(fixture: Fixture) {
  const clinicId = sessions.admin?.actor.clinicId ?? "";
  const childId = fixture.mayaId;
  const file = { clinicId, childId, bytes: 1, sha256: "0".repeat(64) };
  const [letter, video, shared] = await db
    .insert(documents)
    .values([
      {
        ...file,
        storageKey: "matrix-letter",
        fileName: "letter.pdf",
        mime: "application/pdf",
        kind: "document",
        category: "letter",
        source: "clinic",
      },
      {
        ...file,
        storageKey: "matrix-video",
        fileName: "practice.mp4",
        mime: "video/mp4",
        kind: "video",
        category: "practice_video",
        source: "family",
        uploadedById: sessions.guardian?.actor.userId,
      },
      {
        ...file,
        storageKey: "matrix-video-shared",
        fileName: "practice.mp4",
        mime: "video/mp4",
        kind: "video",
        category: "practice_video",
        source: "family",
        uploadedById: sessions.guardian?.actor.userId,
      },
    ])
    .returning({ id: documents.id });
  fixture.mayaClinicDocumentId = letter?.id ?? "";
  fixture.mayaVideoDocumentId = video?.id ?? "";
  const [practice] = await db
    .insert(practiceVideos)
    .values({
      clinicId,
      childId,
      documentId: shared?.id ?? "",
      activityId: fixture.mayaActivityId,
      activityName: "Sensory diet",
      guardianId: sessions.guardian?.actor.userId,
    })
    .returning({ id: practiceVideos.id });
  fixture.mayaPracticeVideoId = practice?.id ?? "";
}

/** A remittance of Maple Grove's denying Sofia's claim, on the work list. */
async function seedMapleDenial(fixture: Fixture) {
  const clinicId = sessions.admin?.actor.clinicId ?? "";
  const [remittance] = await db
    .insert(remittances)
    .values({
      clinicId,
      fileName: "denial.835",
      sha256: "matrix-denial",
      content: "",
      payerName: "Matrix Health Plan",
      traceNumber: "MATRIX1",
      method: "NON",
      paymentCents: 0,
    })
    .returning({ id: remittances.id });
  fixture.mapleRemittanceId = remittance?.id ?? "";
  const payment = {
    controlNumber: "CO-000001",
    status: "4",
    chargedCents: 100,
    paidCents: 0,
    patientResponsibilityCents: 0,
    payerClaimNumber: null,
    adjustments: [{ group: "CO" as const, reason: "197", cents: 100, quantity: null }],
    lines: [],
    remarks: [],
    line: 1,
  };
  const [denial] = await db
    .insert(remittanceClaims)
    .values({
      clinicId,
      remittanceId: fixture.mapleRemittanceId,
      claimId: fixture.sofiaClaimId,
      ordinal: 1,
      controlNumber: payment.controlNumber,
      status: payment.status,
      chargedCents: 100,
      paidCents: 0,
      patientResponsibilityCents: 0,
      payment,
      denied: true,
    })
    .returning({ id: remittanceClaims.id });
  fixture.mapleDenialId = denial?.id ?? "";
}

/** Maya's family's account: $40.00 owed on an invoice, a statement of it, and a card payment settled. */
async function seedMayasAccount(fixture: Fixture) {
  const clinicId = sessions.admin?.actor.clinicId ?? "";
  const childId = fixture.mayaId;
  const guardianId = sessions.guardian?.actor.userId ?? null;
  const items = [{ description: "Evaluation", serviceOn: null, cents: 4_000 }];
  const [invoice] = await db
    .insert(invoices)
    .values({
      clinicId,
      childId,
      issuedOn: "2026-11-02",
      dueOn: "2026-12-02",
      items,
      totalCents: 4_000,
    })
    .returning({ id: invoices.id });
  fixture.mayaInvoiceId = invoice?.id ?? "";
  await db.insert(ledgerEntries).values({
    clinicId,
    childId,
    party: "family",
    kind: "charge",
    cents: 4_000,
    invoiceId: fixture.mayaInvoiceId,
    datedOn: "2026-11-02",
  });
  const body = { lines: [], balanceCents: 4_000 };
  const [statement] = await db
    .insert(statements)
    .values({ clinicId, childId, asOf: "2026-11-02", body, balanceCents: 4_000 })
    .returning({ id: statements.id });
  fixture.mayaStatementId = statement?.id ?? "";
  const [payment] = await db
    .insert(cardPayments)
    .values({
      clinicId,
      childId,
      guardianId,
      provider: "stand-in",
      providerPaymentId: "pi_matrix",
      amountCents: 1_000,
      status: "failed",
    })
    .returning({ id: cardPayments.id });
  fixture.mayaCardPaymentId = payment?.id ?? "";
}

/** An 835 paying nothing: any clinic's billing staff may import it. */
const EMPTY_835 = write835({
  payer: { name: "Matrix Health Plan", id: "MTX01" },
  payee: { name: "Matrix Clinic", npi: "1234567893" },
  paymentCents: 0,
  method: "NON",
  paidOn: "2026-12-01",
  traceNumber: "MATRIX0",
  claims: [],
  providerAdjustments: [],
  interchangeControlNumber: 1,
  createdOn: "2026-12-01",
});

// The matrix is keyed by path strings, so the typed caller is indexed by name here.
type CallerByName = Record<
  string,
  Record<string, (input: unknown) => Promise<unknown>> | undefined
>;

/** Calls the procedure as the actor in a transaction that is rolled back, and says how it ended. */
async function outcomeOf(
  path: string,
  actor: ActorKey,
  input: unknown,
): Promise<{ outcome: string; message: string }> {
  const [router = "", procedure = ""] = path.split(".");
  try {
    await rolledBack(db, async (tx) => {
      const caller = callerFor(
        testDeps(tx),
        sessions[actor],
        testMeta({ requestId: `matrix:${path}:${actor}` }),
      ) as unknown as CallerByName;
      const call = caller[router]?.[procedure];
      if (!call) throw new Error(`the caller has no ${path}`);
      await call(input);
    });
    return { outcome: "allow", message: "" };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, message: error.message };
    throw error;
  }
}

describe("every procedure", () => {
  it("declares one of the guards", () => {
    const undeclared = Object.entries(PROCEDURES)
      .filter(
        ([, procedure]) => !GUARDS.includes(procedure._def.meta?.guard as (typeof GUARDS)[number]),
      )
      .map(([path]) => path);
    expect(Object.keys(PROCEDURES).length).toBeGreaterThan(0);
    expect(undeclared, "procedures without a declared guard").toEqual([]);
  });

  it("has a row in the authorization matrix, and every row is a procedure", () => {
    const missing = Object.keys(PROCEDURES).filter((path) => !(path in MATRIX));
    const unknown = Object.keys(MATRIX).filter((path) => !(path in PROCEDURES));
    expect({ missingFromMatrix: missing, notProcedures: unknown }).toEqual({
      missingFromMatrix: [],
      notProcedures: [],
    });
  });
});

const CASES = Object.entries(MATRIX).flatMap(([path, row]) =>
  ACTOR_KEYS.map((actor) => ({ path, actor, expected: row.expect[actor] })),
);

describe("authorization matrix", () => {
  it.each(CASES)("$path as $actor: $expected", async ({ path, actor, expected }) => {
    const row = MATRIX[path];
    if (!row) throw new Error(`no matrix row for ${path}`);
    const { outcome, message } = await outcomeOf(path, actor, row.input(fx));
    expect(outcome, message).toBe(expected);
  });
});

describe("child.list", () => {
  const namesSeenBy = async (session: Session, q: Parameters<typeof testDeps>[0] = db) =>
    (await callerFor(testDeps(q), session).child.list())
      .map((c) => `${c.firstName} ${c.lastName}`)
      .sort();

  it("shows each person only the children within their reach", async () => {
    // Ava Matrix is the fixture's child without a program, in Alex Rivera's caseload.
    expect(await namesSeenBy(sessions.admin)).toEqual([
      "Ava Matrix",
      "Eli Johnson",
      "Maya Johnson",
      "Sofia Garcia",
    ]);
    expect(await namesSeenBy(sessions.therapist)).toEqual(["Eli Johnson", "Sofia Garcia"]);
    expect(await namesSeenBy(sessions.assignedTherapist)).toEqual([
      "Ava Matrix",
      "Maya Johnson",
      "Sofia Garcia",
    ]);
    expect(await namesSeenBy(sessions.guardian)).toEqual(["Eli Johnson", "Maya Johnson"]);
    expect(await namesSeenBy(sessions.otherFamilyGuardian)).toEqual(["Sofia Garcia"]);
    // Grace Lee's two boys at Harbor Kids: Noah, and Leo, whom the clinic sees out of network.
    expect(await namesSeenBy(parentLee)).toEqual(["Leo Lee", "Noah Lee"]);
    expect(await namesSeenBy(sessions.otherClinicAdmin)).toEqual(["Leo Lee", "Noah Lee"]);
    expect(await namesSeenBy(sessions.biller)).toEqual([]);
  });

  it("shows therapists every child of the clinic when the clinic lets them see all children", async () => {
    const chen = sessions.therapist;
    if (!chen) throw new Error("ot.chen is not signed in");
    await rolledBack(db, async (tx) => {
      await tx
        .update(clinics)
        .set({ settings: sql`${clinics.settings} || '{"therapistsSeeAllChildren": true}'::jsonb` })
        .where(eq(clinics.id, chen.actor.clinicId));
      expect(await namesSeenBy(chen, tx)).toEqual([
        "Ava Matrix",
        "Eli Johnson",
        "Maya Johnson",
        "Sofia Garcia",
      ]);
      const maya = await callerFor(testDeps(tx), chen).child.get({ childId: fx.mayaId });
      expect(maya).toMatchObject({ firstName: "Maya", canManage: true });
    });
  });
});

describe("another clinic's admin", () => {
  it("sees only their own clinic in every admin list", async () => {
    const harbor = callerFor(testDeps(db), sessions.otherClinicAdmin);
    const onlyHarbor = (emails: string[]) =>
      emails.filter((email) => !email.endsWith("@harborkids.test"));

    expect(await harbor.clinic.get()).toMatchObject({ name: "Harbor Kids OT" });
    expect(onlyHarbor((await harbor.staff.list()).map((s) => s.email))).toEqual([]);
    expect((await harbor.staff.guardians()).map((g) => g.email)).toEqual([
      "parent.lee@harborkids.test",
    ]);
    expect((await harbor.invitation.list()).map((i) => i.id)).not.toContain(fx.invitationId);
    expect(onlyHarbor((await harbor.outbox.list()).messages.map((m) => m.to))).toEqual([]);
  });
});
