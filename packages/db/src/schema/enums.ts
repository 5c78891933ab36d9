import { pgEnum } from "drizzle-orm/pg-core";

import { GUARDIAN_RELATIONSHIPS } from "@carryover/domain/children";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "@carryover/domain/home-program";
import { ROLES } from "@carryover/domain/identity";
import {
  ADMISSION_STATES,
  LIVE_ROLES,
  SESSION_SEGMENT_KINDS,
} from "@carryover/domain/live-session";
import { APPOINTMENT_STATUSES, MODALITIES, SESSION_KINDS } from "@carryover/domain/scheduling";

export const roleEnum = pgEnum("role", ROLES);
export const guardianRelationshipEnum = pgEnum("guardian_relationship", GUARDIAN_RELATIONSHIPS);
export const sessionKindEnum = pgEnum("session_kind", SESSION_KINDS);
export const modalityEnum = pgEnum("modality", MODALITIES);
export const appointmentStatusEnum = pgEnum("appointment_status", APPOINTMENT_STATUSES);
export const activityKindEnum = pgEnum("activity_kind", ACTIVITY_KINDS);
export const activityStatusEnum = pgEnum("activity_status", ACTIVITY_STATUSES);
export const liveRoleEnum = pgEnum("live_role", LIVE_ROLES);
export const admissionStateEnum = pgEnum("admission_state", ADMISSION_STATES);
export const sessionSegmentKindEnum = pgEnum("session_segment_kind", SESSION_SEGMENT_KINDS);
