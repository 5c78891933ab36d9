import { z } from "zod";

import { Moment, storableText, withoutNul } from "@carryover/domain/bounds";
import { UsState } from "@carryover/domain/clinic";
import {
  AppointmentStatus,
  CANCELLED_BY,
  Modality,
  SessionKind,
} from "@carryover/domain/scheduling";

export const CreateBookingInput = z.object({
  childId: z.uuid("Choose the child the session is for"),
  therapistId: z.uuid("Choose a therapist"),
  sessionTypeId: z.uuid("Choose a session type"),
  start: Moment,
  childLocationState: UsState.nullable().default(null),
  idempotencyKey: storableText(100).min(8),
});

export const BookingResult = z.object({ appointmentId: z.uuid(), start: z.date(), end: z.date() });

export const AppointmentId = z.object({ appointmentId: z.uuid("That session link is not valid") });

/** Why a session is cancelled, which the other side reads; `missing` asks for it. */
export const cancelReason = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(500, "Keep the reason under 500 characters")
    .check(withoutNul());

/**
 * Staff recording a cancellation the family asked for (they phoned): it is the family's, late
 * inside the notice window as if they had cancelled it themselves.
 */
const ForFamily = z.boolean().optional();

export const CancelBookingInput = AppointmentId.extend({
  reason: cancelReason("Tell the therapist briefly why, so they can plan"),
  forFamily: ForFamily,
});

/** The same cancellation as the clinic's staff make it: the family reads their reason. */
export const StaffCancelBookingInput = AppointmentId.extend({
  reason: cancelReason("Give a short reason; the family sees it"),
  forFamily: ForFamily,
});

export const RescheduleBookingInput = AppointmentId.extend({ start: Moment });

export const ListBookingsInput = z.object({
  from: Moment,
  to: Moment,
  therapistId: z.uuid().optional(),
});

export const BookingList = z.array(
  z.object({
    id: z.uuid(),
    start: z.date(),
    end: z.date(),
    timeZone: z.string(),
    status: AppointmentStatus,
    modality: Modality,
    kind: SessionKind,
    sessionTypeId: z.uuid(),
    sessionTypeName: z.string(),
    /** A group's own name ("Handwriting club"); null for a child's own session. */
    groupName: z.string().nullable(),
    cancellationWindowHours: z.number().int(),
    therapistId: z.uuid(),
    therapistName: z.string(),
    capacity: z.number().int(),
    seatsTaken: z.number().int(),
    lateCancellation: z.boolean(),
    /** The clinic's fee, in cents, for cancelling this session late; null when it charges none. */
    lateCancelFeeCents: z.int().nullable(),
    /** The clinic's fee, in cents, when no one comes to this session; null when it charges none. */
    noShowFeeCents: z.int().nullable(),
    /** The reason as its author wrote it: the family reads the clinic's, the clinic the family's. */
    cancelReason: z.string().nullable(),
    cancelledBy: z.enum(CANCELLED_BY).nullable(),
    /** When the therapist ended the video session for everyone. */
    liveEndedAt: z.date().nullable(),
    /** When the session's video room opens (the clinic's join window before its start). */
    joinOpensAt: z.date(),
    children: z.array(z.object({ childId: z.uuid(), firstName: z.string(), lastName: z.string() })),
  }),
);

export const CancelledBooking = z.object({
  late: z.boolean(),
  /** The late-cancellation fee added to the family's balance, in cents; null when none was. */
  feeCents: z.int().nullable(),
});

export const Ok = z.object({ ok: z.literal(true) });

export type CreateBookingInput = z.infer<typeof CreateBookingInput>;
export type BookingResult = z.infer<typeof BookingResult>;
export type AppointmentId = z.infer<typeof AppointmentId>;
export type CancelBookingInput = z.infer<typeof CancelBookingInput>;
export type RescheduleBookingInput = z.infer<typeof RescheduleBookingInput>;
export type ListBookingsInput = z.infer<typeof ListBookingsInput>;
