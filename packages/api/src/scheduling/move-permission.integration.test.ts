import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { appointments, children, clinics, guardianLinks, sessionTypes } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
const now = new Date("2027-01-06T18:00:00Z"); // Wednesday noon in Chicago
const deps = (q: Queryable) => testDeps(q, () => now);
const MONDAY_8AM = new Date("2027-01-11T14:00:00Z");
const MONDAY_815 = new Date("2027-01-11T14:15:00Z");

let admin: Session;
let johnson: Session;
let booking: {
  childId: string;
  therapistId: string;
  sessionTypeId: string;
  childLocationState: "IL";
};

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  const rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.firstName, "Maya"));
  const [coaching] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(
      and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "coaching")),
    );
  if (!maya || !coaching) throw new Error("seed missing");
  booking = {
    childId: maya.id,
    therapistId: rivera.actor.userId,
    sessionTypeId: coaching.id,
    childLocationState: "IL",
  };
});

const withoutBooking = (tx: Queryable) =>
  tx
    .update(guardianLinks)
    .set({ canBook: false })
    .where(
      and(
        eq(guardianLinks.childId, booking.childId),
        eq(guardianLinks.guardianId, johnson.actor.userId),
      ),
    );

const refusal = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return {
    code: error.code,
    reason: (error.cause as { reason?: string }).reason,
    message: error.message,
  };
};

const startOf = async (tx: Queryable, appointmentId: string) =>
  (await tx.select().from(appointments).where(eq(appointments.id, appointmentId)))[0]?.startsAt;

describe("a guardian moving a session", () => {
  it("is refused when the clinic has not let them book for the child, while the clinic may move it", async () => {
    await rolledBack(db, async (tx) => {
      const { appointmentId } = await callerFor(deps(tx), admin).booking.create({
        ...booking,
        start: MONDAY_8AM,
        idempotencyKey: "move-permission-one",
      });
      await withoutBooking(tx);
      expect(
        await refusal(
          callerFor(deps(tx), johnson).booking.reschedule({ appointmentId, start: MONDAY_815 }),
        ),
      ).toEqual({
        code: "FORBIDDEN",
        reason: "CANNOT_RESCHEDULE",
        message: "Please ask the clinic to move this session.",
      });
      expect(await startOf(tx, appointmentId)).toEqual(MONDAY_8AM);
      await callerFor(deps(tx), admin).booking.reschedule({ appointmentId, start: MONDAY_815 });
      expect(await startOf(tx, appointmentId)).toEqual(MONDAY_815);
    });
  });

  it("is refused for a series' sessions on the same permission, in the plural", async () => {
    await rolledBack(db, async (tx) => {
      await callerFor(deps(tx), admin).series.create({
        ...booking,
        firstDate: "2027-01-11",
        time: "08:00",
        intervalWeeks: 1,
        weekdays: [1],
        count: 3,
      });
      const [first] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(eq(appointments.startsAt, MONDAY_8AM));
      if (!first) throw new Error("series not booked");
      await withoutBooking(tx);
      expect(
        await refusal(
          callerFor(deps(tx), johnson).series.reschedule({
            appointmentId: first.id,
            scope: "all",
            start: MONDAY_815,
          }),
        ),
      ).toEqual({
        code: "FORBIDDEN",
        reason: "CANNOT_RESCHEDULE",
        message: "Please ask the clinic to move these sessions.",
      });
      expect(await startOf(tx, first.id)).toEqual(MONDAY_8AM);
    });
  });

  it("is allowed with the permission", async () => {
    await rolledBack(db, async (tx) => {
      const { appointmentId } = await callerFor(deps(tx), admin).booking.create({
        ...booking,
        start: MONDAY_8AM,
        idempotencyKey: "move-permission-allowed",
      });
      await callerFor(deps(tx), johnson).booking.reschedule({ appointmentId, start: MONDAY_815 });
      expect(await startOf(tx, appointmentId)).toEqual(MONDAY_815);
    });
  });
});
