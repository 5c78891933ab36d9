/** The rows the billing reports read, inserted as the app would leave them: for report-fixtures. */
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";

import type { Db } from "@carryover/db";
import {
  appointmentParticipants,
  appointments,
  charges,
  children,
  claimBatches,
  claims,
  clinicalNotes,
  coverages,
  homePrograms,
  practiceLogs,
  remittanceClaims,
  remittances,
  sessionTypes,
  users,
} from "@carryover/db/schema";
import { adjustment, type BilledLine, type ClaimPayment } from "@carryover/domain/billing";

const HOUR = 3_600_000;

export type Seat = Awaited<ReturnType<typeof seatOf>>;

/** A demo clinic's child and therapist with what the reports' rows hang on. */
export async function seatOf(db: Db, childName: string, therapistEmail: string) {
  const [child] = await db.select().from(children).where(eq(children.firstName, childName));
  const [therapist] = await db.select().from(users).where(eq(users.email, therapistEmail));
  if (!child || !therapist) throw new Error(`the demo has no ${childName} or ${therapistEmail}`);
  const [coverage] = await db
    .select()
    .from(coverages)
    .where(eq(coverages.childId, child.id))
    .orderBy(asc(coverages.rank));
  const [sessionType] = await db
    .select()
    .from(sessionTypes)
    .where(and(eq(sessionTypes.clinicId, child.clinicId), eq(sessionTypes.kind, "coaching")));
  const [note] = await db.select().from(clinicalNotes).where(eq(clinicalNotes.childId, child.id));
  const [charge] = await db.select().from(charges).where(eq(charges.childId, child.id));
  const [program] = await db.select().from(homePrograms).where(eq(homePrograms.childId, child.id));
  const [log] = await db.select().from(practiceLogs).where(eq(practiceLogs.childId, child.id));
  if (!coverage || !sessionType || !note || !charge || !program || !log)
    throw new Error(`the demo's ${childName} lacks a coverage, session type, note, charge or log`);
  return { child, therapist, coverage, sessionType, note, charge, program, log };
}

const line = (units: number): BilledLine => ({
  code: "97530",
  units,
  modifiers: ["GO"],
  unitCents: 10_000,
  cents: units * 10_000,
  diagnosisPointers: [1],
});

/** A visit note of the seat's child by its therapist: signed `signedAfter` hours after, or not. */
export async function insertVisit(db: Db, seat: Seat, endedAt: string, signedAfter: number | null) {
  const ended = new Date(endedAt);
  const signedAt = signedAfter === null ? null : new Date(+ended + signedAfter * HOUR);
  const [note] = await db
    .insert(clinicalNotes)
    .values({
      clinicId: seat.child.clinicId,
      childId: seat.child.id,
      kind: "visit",
      authorId: seat.therapist.id,
      serviceOn: endedAt.slice(0, 10),
      visitEndedAt: ended,
      content: seat.note.content,
      signedAt,
      signedById: signedAt && seat.therapist.id,
    })
    .returning();
  if (!note) throw new Error("no note");
  return note;
}

/** The signed visit's charge of `units` units, and its claim, sent `sentAfter` hours after the visit. */
export async function insertCharge(
  db: Db,
  seat: Seat,
  note: { id: string; serviceOn: string; visitEndedAt: Date | null },
  units: number,
  sentAfter: number | null,
) {
  const lines = [line(units)];
  const base = { clinicId: seat.child.clinicId, childId: seat.child.id, serviceOn: note.serviceOn };
  const [charge] = await db
    .insert(charges)
    .values({
      ...base,
      noteId: note.id,
      coverageId: seat.coverage.id,
      payerId: seat.coverage.payerId,
      renderingProviderId: seat.therapist.id,
      placeOfService: "11",
      encounter: seat.charge.encounter,
      lines,
      totalCents: units * 10_000,
    })
    .returning();
  if (!charge) throw new Error("no charge");
  const [batch] =
    sentAfter === null
      ? [null]
      : await db
          .insert(claimBatches)
          .values({
            clinicId: base.clinicId,
            payerId: seat.coverage.payerId,
            claimCount: 1,
            totalCents: charge.totalCents,
            file: "ISA",
          })
          .returning();
  const [claim] = await db
    .insert(claims)
    .values({
      ...base,
      chargeId: charge.id,
      coverageId: seat.coverage.id,
      payerId: seat.coverage.payerId,
      status: batch ? "submitted" : "draft",
      batchId: batch?.id ?? null,
      placeOfService: "11",
      diagnoses: ["F82"],
      lines,
      totalCents: charge.totalCents,
      submittedAt:
        batch && sentAfter !== null ? new Date(+(note.visitEndedAt ?? 0) + sentAfter * HOUR) : null,
    })
    .returning();
  if (!claim) throw new Error("no claim");
  return claim;
}

const STATUS_OF = {
  held: "completed",
  no_show: "no_show",
  late_cancel: "cancelled",
  booked: "scheduled",
} as const;

/** A session of the seat's child: held, a no-show, cancelled late, or booked ahead. */
export async function insertSession(
  db: Db,
  seat: Seat,
  startsAt: string,
  how: "held" | "no_show" | "late_cancel" | "booked",
) {
  const start = new Date(startsAt);
  const [appointment] = await db
    .insert(appointments)
    .values({
      clinicId: seat.child.clinicId,
      therapistId: seat.therapist.id,
      sessionTypeId: seat.sessionType.id,
      startsAt: start,
      endsAt: new Date(+start + 45 * 60_000),
      timeZone: "America/Chicago",
      modality: "clinic",
      status: STATUS_OF[how],
      lateCancellation: how === "late_cancel",
      cancelledAt: how === "late_cancel" ? new Date(+start - HOUR) : null,
      createdById: seat.therapist.id,
    })
    .returning();
  if (!appointment) throw new Error("no appointment");
  await db.insert(appointmentParticipants).values({
    appointmentId: appointment.id,
    childId: seat.child.id,
    bookedById: seat.therapist.id,
    noShow: how === "no_show",
  });
}

/** A denied claim payment of a remittance paid on `paidOn`, answering `claimId` or none of ours. */
export async function insertDenial(
  db: Db,
  seat: Seat,
  paidOn: string,
  claimId: string | null,
  reasons: [string, number][],
) {
  const payment: ClaimPayment = {
    controlNumber: "CO-999999",
    status: "4",
    chargedCents: 20_000,
    paidCents: 0,
    patientResponsibilityCents: 0,
    payerClaimNumber: null,
    adjustments: reasons.map(([reason, cents]) => adjustment("CO", reason, cents)),
    lines: [],
    remarks: [],
    line: 1,
  };
  const [remittance] = await db
    .insert(remittances)
    .values({
      clinicId: seat.child.clinicId,
      fileName: "denials.835",
      sha256: randomUUID(),
      content: "ISA",
      payerName: "A Payer By Its File",
      traceNumber: randomUUID(),
      method: "NON",
      paidOn,
      paymentCents: 0,
    })
    .returning();
  if (!remittance) throw new Error("no remittance");
  await db.insert(remittanceClaims).values({
    clinicId: seat.child.clinicId,
    remittanceId: remittance.id,
    claimId,
    ordinal: 1,
    controlNumber: payment.controlNumber,
    status: "4",
    chargedCents: payment.chargedCents,
    paidCents: 0,
    patientResponsibilityCents: 0,
    payment,
    denied: true,
  });
}

/** Practice logged on these days, `minutes` each; voided ones are kept but count nowhere. */
export async function insertPractice(
  db: Db,
  seat: Seat,
  days: string[],
  minutes: number,
  voided = false,
) {
  await db.insert(practiceLogs).values(
    days.map((day) => ({
      clinicId: seat.child.clinicId,
      childId: seat.child.id,
      activityId: seat.log.activityId,
      kind: seat.log.kind,
      loggedById: seat.log.loggedById,
      clientKey: randomUUID(),
      practisedOn: day,
      entry: seat.log.entry,
      minutes,
      voidedAt: voided ? new Date(`${day}T23:00:00Z`) : null,
    })),
  );
}
