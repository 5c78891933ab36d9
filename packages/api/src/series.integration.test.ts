import { type TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";

import {
  appointments,
  appointmentSeries,
  children,
  clinics,
  sessionTypes,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { callerFor, rolledBack, signInAs, testDeps } from "./testing/test-context";
import type { TrpcContext } from "./trpc/init";

const { db } = await useTestDatabase();

type Session = NonNullable<TrpcContext["session"]>;
const now = new Date("2027-01-06T18:00:00Z");
const deps = (q: Parameters<typeof testDeps>[0]) => testDeps(q, () => now);
let johnson: Session;
let admin: Session;
let series: {
  childId: string;
  therapistId: string;
  sessionTypeId: string;
  childLocationState: "IL";
  firstDate: string;
  time: string;
  intervalWeeks: number;
  weekdays: number[];
  count: number;
};

beforeAll(async () => {
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
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
  series = {
    childId: maya?.id ?? "",
    therapistId: rivera.actor.userId,
    sessionTypeId: coaching?.id ?? "",
    childLocationState: "IL",
    firstDate: "2027-01-11",
    time: "16:00",
    intervalWeeks: 1,
    weekdays: [1],
    count: 12,
  };
});

/** The 7th Monday at 4:00 pm Chicago time is taken by another booking first. */
const takeSeventhMonday = (tx: Parameters<typeof testDeps>[0]) =>
  callerFor(deps(tx), admin).booking.create({
    childId: series.childId,
    therapistId: series.therapistId,
    sessionTypeId: series.sessionTypeId,
    childLocationState: "IL",
    start: new Date("2027-02-22T22:00:00Z"),
    idempotencyKey: "seventh-monday",
  });

describe("series.create", () => {
  it("books 12 weekly sessions at 4:00 pm local time, all in one series", async () => {
    await rolledBack(db, async (tx) => {
      const result = await callerFor(deps(tx), johnson).series.create({ ...series, mode: "all" });
      expect(result.booked).toHaveLength(12);
      expect(result.skipped).toEqual([]);
      // 4:00 pm in Chicago is 22:00 UTC in winter and 21:00 UTC after the March change.
      expect(result.booked[0]?.toISOString()).toBe("2027-01-11T22:00:00.000Z");
      expect(result.booked.at(-1)?.toISOString()).toBe("2027-03-29T21:00:00.000Z");
      const rows = await tx
        .select()
        .from(appointments)
        .where(eq(appointments.seriesId, result.seriesId ?? ""));
      expect(rows).toHaveLength(12);
      const [stored] = await tx
        .select()
        .from(appointmentSeries)
        .where(eq(appointmentSeries.id, result.seriesId ?? ""));
      expect(stored?.rrule).toContain("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=12");
    });
  });

  it("creates nothing when the 7th date is taken and every date is required", async () => {
    await rolledBack(db, async (tx) => {
      await takeSeventhMonday(tx);
      const error = await callerFor(deps(tx), johnson)
        .series.create({ ...series, mode: "all" })
        .catch((e: unknown) => e);
      expect((error as TRPCError).code).toBe("CONFLICT");
      expect((error as TRPCError).message).toBe(
        "1 of the 12 dates aren't free, so nothing was booked. Choose another time, or book only the free dates.",
      );
      expect(await tx.select().from(appointments)).toHaveLength(1);
      expect(await tx.select().from(appointmentSeries)).toHaveLength(0);
    });
  });

  it("books the 11 free dates and reports the taken one when the family chooses so", async () => {
    await rolledBack(db, async (tx) => {
      await takeSeventhMonday(tx);
      const result = await callerFor(deps(tx), johnson).series.create({ ...series, mode: "free" });
      expect(result.booked).toHaveLength(11);
      expect(result.skipped.map((d) => d.toISOString())).toEqual(["2027-02-22T22:00:00.000Z"]);
    });
  });

  it("asks for either a number of sessions or an end date", async () => {
    const error = await callerFor(deps(db), johnson)
      .series.create({ ...series, until: "2027-03-01", mode: "all" })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(((error as TRPCError).cause as ZodError).issues[0]?.message).toBe(
      "Give either the number of sessions or an end date",
    );
  });
});
