import { createHash, randomUUID } from "node:crypto";

import { isExclusionViolation, pipelined } from "@carryover/db";
import {
  findIdempotencyRecord,
  findSessionType,
  insertAppointmentWithChild,
  insertIdempotencyRecord,
} from "@carryover/db/queries";
import { checkLicensure } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { sendFormsOnBooking } from "../forms/send-on-booking";
import { recordFamilyChange } from "../notices/family-change";
import { noticeJob } from "../notices/notice-jobs";
import { audit } from "../policy/audit";
import { requireCanBookFor } from "../policy/child-access";
import { requireTherapist } from "../policy/therapist-access";
import type { BookingResult, CreateBookingInput } from "./booking.contracts";
import { requireOpenTime, slotTaken } from "./open-slots";

const LICENSURE_MESSAGES = {
  CHILD_LOCATION_REQUIRED: "Tell us which state your child will be in during the video session.",
  NOT_LICENSED_IN_STATE:
    "This therapist can't hold a video session with a child in that state. Choose another therapist or an in-person session.",
} as const;

const requestHash = (input: CreateBookingInput) =>
  createHash("sha256")
    .update(
      JSON.stringify([
        input.childId,
        input.therapistId,
        input.sessionTypeId,
        input.start.toISOString(),
        input.childLocationState,
      ]),
    )
    .digest("base64url");

const fromRecord = (response: unknown): BookingResult => {
  const r = response as { appointmentId: string; start: string; end: string };
  return { appointmentId: r.appointmentId, start: new Date(r.start), end: new Date(r.end) };
};

/**
 * What every individual booking checks first: the child is the actor's to book for, the therapist and
 * session type belong to the clinic, and licensure allows the session where the child will be.
 */
export async function requireBookable(
  ctx: ActorContext,
  input: Pick<
    CreateBookingInput,
    "childId" | "therapistId" | "sessionTypeId" | "childLocationState"
  >,
) {
  const { actor } = ctx;
  const [, therapist, sessionType] = await Promise.all([
    requireCanBookFor(ctx.db, actor, input.childId),
    requireTherapist(ctx.db, actor, input.therapistId, "view"),
    findSessionType(ctx.db, actor.clinicId, input.sessionTypeId),
  ]);
  if (!sessionType || !sessionType.active || sessionType.kind === "group")
    throw notFound("session type");
  const licensure = checkLicensure(
    sessionType.modality,
    input.childLocationState,
    therapist.licenceStates,
  );
  if (!licensure.ok) {
    throw new AppError(
      "PRECONDITION_FAILED",
      licensure.reason,
      LICENSURE_MESSAGES[licensure.reason],
      { field: "childLocationState" },
    );
  }
  return { therapist, sessionType };
}

/** The first answer to this key, or null; the key with a different request is refused. */
async function replay(ctx: ActorContext, key: string, hash: string) {
  const record = await findIdempotencyRecord(ctx.db, ctx.actor.userId, key);
  if (!record) return null;
  if (record.requestHash !== hash) {
    throw new AppError(
      "UNPROCESSABLE",
      "IDEMPOTENCY_KEY_REUSED",
      "This request key was already used for a different booking. Start the booking again.",
    );
  }
  return fromRecord(record.response);
}

/**
 * Books one individual session. A retry with the same idempotency key returns the first answer; the
 * same key with a different request is refused. The exclusion constraint decides a race for a time.
 * The key is looked up only when booking fails: a retry always does (its own session holds the
 * time, or its key is already stored), so a first request saves the round trip.
 */
export async function createBooking(
  ctx: ActorContext,
  input: CreateBookingInput,
): Promise<BookingResult> {
  const hash = requestHash(input);
  try {
    return await book(ctx, input, hash);
  } catch (error) {
    const earlier = await replay(ctx, input.idempotencyKey, hash);
    if (earlier) return earlier;
    throw error;
  }
}

async function book(
  ctx: ActorContext,
  input: CreateBookingInput,
  hash: string,
): Promise<BookingResult> {
  const { actor } = ctx;
  const now = ctx.now();
  const { therapist, sessionType } = await requireBookable(ctx, input);
  const end = new Date(+input.start + sessionType.durationMinutes * 60_000);
  const wanted = { therapist, sessionType, start: input.start, now };
  const TAKEN = "That time was just booked. Here are the nearest open times.";
  await requireOpenTime(ctx.db, wanted, TAKEN);

  try {
    const appointmentId = randomUUID();
    await ctx.db.transaction(async (tx) => {
      await pipelined([
        insertAppointmentWithChild(
          tx,
          {
            id: appointmentId,
            clinicId: actor.clinicId,
            therapistId: therapist.id,
            sessionTypeId: sessionType.id,
            startsAt: input.start,
            endsAt: end,
            timeZone: therapist.timeZone,
            modality: sessionType.modality,
            capacity: sessionType.capacity,
            cancellationWindowHours: sessionType.cancellationWindowHours,
            createdById: actor.userId,
          },
          {
            childId: input.childId,
            childLocationState: input.childLocationState,
            bookedById: actor.userId,
          },
        ),
        insertIdempotencyRecord(tx, {
          actorId: actor.userId,
          key: input.idempotencyKey,
          requestHash: hash,
          response: { appointmentId, start: input.start.toISOString(), end: end.toISOString() },
        }),
        audit(tx, ctx.meta, {
          actorId: actor.userId,
          clinicId: actor.clinicId,
          action: "booking.create",
          entityType: "appointment",
          entityId: appointmentId,
        }),
        recordFamilyChange(tx, ctx, {
          kind: "booked",
          appointmentId,
          therapistId: therapist.id,
          start: input.start,
        }),
        ctx.jobs.enqueue(
          [
            noticeJob({
              kind: "confirmation",
              appointmentId,
              start: input.start,
              childId: input.childId,
            }),
          ],
          tx,
        ),
      ]);
      await sendFormsOnBooking(tx, {
        clinicId: actor.clinicId,
        childId: input.childId,
        appointmentId,
        sessionKind: sessionType.kind,
        at: now,
      });
    });
    return { appointmentId, start: input.start, end };
  } catch (error) {
    if (isExclusionViolation(error)) throw await slotTaken(ctx.db, wanted, TAKEN);
    throw error;
  }
}
