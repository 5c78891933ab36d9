import { z } from "zod";

import { Moment, storableText, withoutNul } from "@carryover/domain/bounds";
import { TreatmentService } from "@carryover/domain/clinical-notes";
import {
  ADMISSION_STATES,
  LIVE_ROLES,
  SESSION_SEGMENT_KINDS,
} from "@carryover/domain/live-session";

export const LiveSessionRef = z.object({ appointmentId: z.uuid("That session link is not valid") });

const LiveRole = z.enum(LIVE_ROLES);
const AdmissionState = z.enum(ADMISSION_STATES);
const SegmentKind = z.enum(SESSION_SEGMENT_KINDS);

export const LiveSessionView = z.object({
  appointmentId: z.uuid(),
  title: z.string(),
  isGroup: z.boolean(),
  capacity: z.number().int(),
  start: z.date(),
  end: z.date(),
  timeZone: z.string(),
  therapistFirstName: z.string(),
  role: LiveRole,
  window: z.object({
    open: z.boolean(),
    opensAt: z.date(),
    closesAt: z.date(),
    message: z.string().nullable(),
  }),
  admission: AdmissionState.nullable(),
  identity: z.string().nullable(),
  videoUrl: z.string(),
  kit: z.array(z.string()),
  children: z.array(z.object({ id: z.uuid(), firstName: z.string() })),
  ended: z.boolean(),
  spotlightIdentity: z.string().nullable(),
  myBreakout: z.string().nullable(),
  breakoutsEndAt: z.date().nullable(),
  participants: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      role: LiveRole,
      identity: z.string(),
      admission: AdmissionState,
      requestedAt: z.date(),
      breakout: z.string().nullable(),
    }),
  ),
  breakouts: z.array(z.object({ roomName: z.string(), label: z.string() })),
  coaching: z
    .object({
      commenting: z.object({
        descriptive: z.number().int(),
        directive: z.number().int(),
        ratio: z.number().nullable(),
        meetsTarget: z.boolean(),
      }),
      timer: z.object({
        running: SegmentKind.nullable(),
        seconds: z.object({ child_present: z.number(), caregiver_only: z.number() }),
        /** The service marked last: what the therapist is giving now. */
        service: TreatmentService.nullable(),
      }),
      notes: z.array(z.object({ id: z.string(), at: z.string(), text: z.string() })),
    })
    .nullable(),
});

export const Entered = z.object({ admission: z.enum(["waiting", "admitted", "denied"]) });

export const Changed = z.object({ changed: z.number().int() });

export const Done = z.object({ ok: z.literal(true) });

export const JoinToken = z.object({
  token: z.string(),
  url: z.string(),
  roomName: z.string(),
  expiresAt: z.date(),
});

export const TokenInput = LiveSessionRef.extend({
  breakoutRoomName: storableText(64).optional(),
});

export const AdmitInput = LiveSessionRef.extend({
  /** Absent: everyone waiting. */
  userIds: z.array(z.uuid()).max(50).optional(),
});
export const DenyInput = LiveSessionRef.extend({ userId: z.uuid() });
export const ObserverInput = LiveSessionRef.extend({ userId: z.uuid("Choose a colleague") });

export const TallyInput = LiveSessionRef.extend({
  kind: z.enum(["descriptive", "directive"]),
  step: z.union([z.literal(1), z.literal(-1)]),
});
export const TimerInput = LiveSessionRef.extend({ kind: SegmentKind.nullable() });
export const MarkServiceInput = LiveSessionRef.extend({
  service: z.enum(TreatmentService.options, "Choose the service you are giving"),
  /** Absent: now. */
  at: Moment.optional(),
});
export const NoteInput = LiveSessionRef.extend({
  text: z
    .string()
    .trim()
    .min(1, "Write the note first")
    .max(2000, "Keep a note under 2,000 characters")
    .check(withoutNul()),
});
export const KitInput = LiveSessionRef.extend({
  kit: z
    .array(
      z
        .string()
        .trim()
        .min(1, "An item can't be empty")
        .max(120, "Keep each item short")
        .check(withoutNul()),
    )
    .max(20, "Keep the checklist to 20 items"),
});
export const ModerateInput = LiveSessionRef.extend({
  identity: storableText(64),
  action: z.enum(["mute", "remove"]),
});
export const SpotlightInput = LiveSessionRef.extend({ identity: storableText(64).nullable() });
export const BreakoutsInput = LiveSessionRef.extend({
  rooms: z
    .number()
    .int("Choose a whole number of rooms")
    .min(2, "Choose at least two rooms")
    .max(8, "Choose at most 8 rooms"),
  minutes: z
    .number()
    .int()
    .min(1, "Give the breakouts at least a minute")
    .max(60, "Keep breakouts to an hour"),
});

export const StartedBreakouts = z.object({
  rooms: z.array(z.object({ label: z.string(), userIds: z.array(z.uuid()) })),
});

export const EndedBreakouts = z.object({ closed: z.number().int() });

export const AttendanceView = z.object({
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  sessionMinutes: z.number().int(),
  participants: z.array(
    z.object({
      name: z.string(),
      role: LiveRole.nullable(),
      minutes: z.number().int(),
      firstJoinedAt: z.date(),
      lastLeftAt: z.date(),
      segments: z.number().int(),
    }),
  ),
});

export const LiveSessionSummary = z.object({
  children: z.array(
    z.object({
      childId: z.uuid(),
      firstName: z.string(),
      changes: z.array(z.string()),
      nextSession: z
        .object({ start: z.date(), timeZone: z.string(), title: z.string() })
        .nullable(),
    }),
  ),
  draftNote: z.string().nullable(),
});

export type LiveSessionRef = z.infer<typeof LiveSessionRef>;
export type TokenInput = z.infer<typeof TokenInput>;
export type AdmitInput = z.infer<typeof AdmitInput>;
export type ObserverInput = z.infer<typeof ObserverInput>;
export type TallyInput = z.infer<typeof TallyInput>;
export type TimerInput = z.infer<typeof TimerInput>;
export type MarkServiceInput = z.infer<typeof MarkServiceInput>;
export type NoteInput = z.infer<typeof NoteInput>;
export type KitInput = z.infer<typeof KitInput>;
export type ModerateInput = z.infer<typeof ModerateInput>;
export type SpotlightInput = z.infer<typeof SpotlightInput>;
export type BreakoutsInput = z.infer<typeof BreakoutsInput>;
