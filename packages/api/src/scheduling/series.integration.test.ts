import { type TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";

import type { Queryable } from "@carryover/db";
import {
  appointments,
  appointmentSeries,
  auditEvents,
  children,
  clinics,
  sessionTypes,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
const now = new Date("2027-01-06T18:00:00Z");
const deps = (q: Parameters<typeof testDeps>[0]) => testDeps(q, () => now);
let johnson: Session;
let garcia: Session;
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
  garcia = await signInAs(testDeps(db), "parent.garcia@maplegrove.test");
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
      expect(
        await tx.select().from(appointments).where(eq(appointments.status, "scheduled")),
      ).toHaveLength(1);
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

describe("series.preview", () => {
  it("shows the clashing date with the session that holds it, and books nothing", async () => {
    await rolledBack(db, async (tx) => {
      await takeSeventhMonday(tx);
      const { count: _count, ...pattern } = series;
      const result = await callerFor(deps(tx), admin).series.preview({ ...pattern, count: 12 });
      expect(result.dates).toHaveLength(12);
      const clashes = result.dates.filter((d) => d.status !== "free");
      expect(clashes.map((d) => [d.start.toISOString(), d.status])).toEqual([
        ["2027-02-22T22:00:00.000Z", "taken"],
      ]);
      expect(clashes[0]?.clashesWith).toEqual([
        {
          start: new Date("2027-02-22T22:00:00Z"),
          end: new Date("2027-02-22T22:45:00Z"),
          sessionTypeName: expect.any(String) as string,
          childFirstNames: ["Maya"],
        },
      ]);
      expect(
        await tx.select().from(appointments).where(eq(appointments.status, "scheduled")),
      ).toHaveLength(1);
      const [audited] = await tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "series.preview"));
      expect(audited?.entityId).toBe(series.childId);
    });
  });

  it("marks a date outside the therapist's hours as unavailable", async () => {
    // Alex Rivera works until 5:30 pm: a 5:00 pm start leaves no room for a 45-minute session.
    const result = await callerFor(deps(db), admin).series.preview({ ...series, time: "17:00" });
    expect(new Set(result.dates.map((d) => d.status))).toEqual(new Set(["unavailable"]));
  });

  it("tells a family a date is taken without saying who holds it", async () => {
    await rolledBack(db, async (tx) => {
      await takeSeventhMonday(tx);
      const result = await callerFor(deps(tx), johnson).series.preview(series);
      expect(result.dates[6]?.status).toBe("taken");
      expect(result.dates[6]?.clashesWith.map((c) => c.childFirstNames)).toEqual([[]]);
    });
  });

  it("answers NOT_FOUND for another family's child", async () => {
    const error = await failure(callerFor(deps(db), garcia).series.preview(series));
    expect(error?.code).toBe("NOT_FOUND");
  });
});

describe("series.create with dates skipped by choice", () => {
  it("books the other 11 Mondays when the clashing one is skipped", async () => {
    await rolledBack(db, async (tx) => {
      await takeSeventhMonday(tx);
      const result = await callerFor(deps(tx), admin).series.create({
        ...series,
        mode: "all",
        skip: [new Date("2027-02-22T22:00:00Z")],
      });
      expect(result.booked).toHaveLength(11);
      expect(result.booked.map((d) => d.toISOString())).not.toContain("2027-02-22T22:00:00.000Z");
      expect(result.skipped.map((d) => d.toISOString())).toEqual(["2027-02-22T22:00:00.000Z"]);
      const rows = await tx
        .select()
        .from(appointments)
        .where(eq(appointments.seriesId, result.seriesId ?? ""));
      expect(rows).toHaveLength(11);
    });
  });

  it("still books nothing when a date that was not skipped clashes", async () => {
    await rolledBack(db, async (tx) => {
      await takeSeventhMonday(tx);
      const error = await failure(
        callerFor(deps(tx), admin).series.create({
          ...series,
          mode: "all",
          skip: [new Date("2027-01-18T22:00:00Z")],
        }),
      );
      expect(error?.code).toBe("CONFLICT");
      expect(await tx.select().from(appointmentSeries)).toHaveLength(0);
    });
  });

  it("refuses a skip that is not one of the series' dates", async () => {
    const error = await failure(
      callerFor(deps(db), admin).series.create({
        ...series,
        mode: "all",
        skip: [new Date("2027-02-22T21:00:00Z")],
      }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
    expect(error?.message).toBe(
      "A date to skip isn't one of this series' dates. Check the dates again, then book.",
    );
  });
});

/** Johnson's 12 Mondays at 4:00 pm Chicago time, from January 11 to March 29, 2027 (DST on March 14). */
async function bookMondays(tx: Queryable) {
  const result = await callerFor(deps(tx), johnson).series.create({ ...series, mode: "all" });
  const rows = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(eq(appointments.seriesId, result.seriesId ?? ""))
    .orderBy(appointments.startsAt);
  return rows.map((r) => r.id);
}

async function occurrences(tx: Queryable, ids: string[]) {
  const rows = await tx.select().from(appointments);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new Error("occurrence missing");
    return row;
  });
}

const statuses = async (tx: Queryable, ids: string[]) =>
  (await occurrences(tx, ids)).map((o) => o.status);
const startTimes = async (tx: Queryable, ids: string[]) =>
  (await occurrences(tx, ids)).map((o) => o.startsAt.toISOString());
const at = (ids: string[], index: number) => ids[index] ?? "";
const failure = (promise: Promise<unknown>) =>
  promise.then(() => null).catch((e: unknown) => e as TRPCError);

describe("series.cancel", () => {
  it("cancels only the chosen occurrence for one", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const result = await callerFor(deps(tx), johnson).series.cancel({
        appointmentId: at(ids, 2),
        scope: "one",
        reason: "Family trip",
      });
      expect(result.cancelled.map((c) => c.appointmentId)).toEqual([at(ids, 2)]);
      expect((await statuses(tx, ids)).filter((s) => s === "cancelled")).toHaveLength(1);
      expect((await occurrences(tx, ids))[2]?.cancelReason).toBe("Family trip");
    });
  });

  it("cancels the chosen occurrence and every later one for following, audited one by one", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const result = await callerFor(deps(tx), johnson).series.cancel({
        appointmentId: at(ids, 4),
        scope: "following",
        reason: "Moving away",
      });
      expect(result.cancelled).toHaveLength(8);
      expect(await statuses(tx, ids)).toEqual([
        ...Array<string>(4).fill("scheduled"),
        ...Array<string>(8).fill("cancelled"),
      ]);
      const audited = await tx
        .select({ id: auditEvents.entityId })
        .from(auditEvents)
        .where(eq(auditEvents.action, "series.cancel"));
      expect(audited.map((a) => a.id).sort()).toEqual(ids.slice(4).sort());
    });
  });

  it("cancels every occurrence yet to start for all, whichever one was chosen", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      await callerFor(deps(tx), johnson).series.cancel({
        appointmentId: at(ids, 5),
        scope: "all",
        reason: "Therapy finished",
      });
      expect(new Set(await statuses(tx, ids))).toEqual(new Set(["cancelled"]));
    });
  });

  it("marks a family's cancellation inside the notice window late, occurrence by occurrence", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      // 12 hours before the first Monday: inside its 24-hour window, the others far outside it.
      const later = testDeps(tx, () => new Date("2027-01-11T10:00:00Z"));
      const result = await callerFor(later, johnson).series.cancel({
        appointmentId: at(ids, 0),
        scope: "following",
        reason: "Unwell",
      });
      expect(result.cancelled.map((c) => c.late)).toEqual([
        true,
        ...Array<boolean>(11).fill(false),
      ]);
      expect((await occurrences(tx, ids)).map((o) => o.lateCancellation)).toEqual([
        true,
        ...Array<boolean>(11).fill(false),
      ]);
    });
  });

  it("never marks the clinic's cancellation late, and leaves sessions that started", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      // The first Monday's session has started by now: it stays as it is.
      const later = testDeps(tx, () => new Date("2027-01-11T22:10:00Z"));
      const result = await callerFor(later, admin).series.cancel({
        appointmentId: at(ids, 0),
        scope: "all",
        reason: "Therapist on leave",
      });
      expect(result.cancelled).toHaveLength(11);
      expect(result.cancelled.some((c) => c.late)).toBe(false);
      expect(await statuses(tx, ids)).toEqual([
        "scheduled",
        ...Array<string>(11).fill("cancelled"),
      ]);
    });
  });

  it("finds nothing for another family's series", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const error = await failure(
        callerFor(deps(tx), garcia).series.cancel({
          appointmentId: at(ids, 0),
          scope: "all",
          reason: "Not mine",
        }),
      );
      expect(error?.code).toBe("NOT_FOUND");
      expect(new Set(await statuses(tx, ids))).toEqual(new Set(["scheduled"]));
    });
  });

  it("says there is nothing to cancel when the chosen session was already cancelled", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const caller = callerFor(deps(tx), johnson);
      await caller.booking.cancel({ appointmentId: at(ids, 3), reason: "Sick" });
      const error = await failure(
        caller.series.cancel({ appointmentId: at(ids, 3), scope: "one", reason: "Sick" }),
      );
      expect(error?.code).toBe("PRECONDITION_FAILED");
    });
  });
});

describe("series.reschedule", () => {
  it("moves this and the following sessions to 3:00 pm local, on both sides of the DST change", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const result = await callerFor(deps(tx), johnson).series.reschedule({
        appointmentId: at(ids, 7), // March 1, 4:00 pm CST
        scope: "following",
        start: new Date("2027-03-01T21:00:00Z"), // 3:00 pm CST
      });
      expect(result.moved.map((m) => m.start.toISOString())).toEqual([
        "2027-03-01T21:00:00.000Z",
        "2027-03-08T21:00:00.000Z",
        "2027-03-15T20:00:00.000Z", // 3:00 pm CDT
        "2027-03-22T20:00:00.000Z",
        "2027-03-29T20:00:00.000Z",
      ]);
      const times = await startTimes(tx, ids);
      expect(times.slice(0, 7).every((t) => t.endsWith("T22:00:00.000Z"))).toBe(true);
      expect(times.slice(7)).toEqual(result.moved.map((m) => m.start.toISOString()));
      const rows = await occurrences(tx, ids);
      expect(rows.slice(7).map((r) => +r.endsAt - +r.startsAt)).toEqual(
        Array<number>(5).fill(45 * 60_000),
      );
      const audited = await tx
        .select({ id: auditEvents.entityId })
        .from(auditEvents)
        .where(eq(auditEvents.action, "series.reschedule"));
      expect(audited).toHaveLength(5);
    });
  });

  it("moves only the chosen session for one", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const before = await startTimes(tx, ids);
      await callerFor(deps(tx), admin).series.reschedule({
        appointmentId: at(ids, 1),
        scope: "one",
        start: new Date("2027-01-19T15:00:00Z"), // Tuesday 9:00 am CST
      });
      const times = await startTimes(tx, ids);
      expect(times[1]).toBe("2027-01-19T15:00:00.000Z");
      expect(times.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
    });
  });

  it("moves nothing when one new time is taken, and names that date", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      await callerFor(deps(tx), admin).booking.create({
        childId: series.childId,
        therapistId: series.therapistId,
        sessionTypeId: series.sessionTypeId,
        childLocationState: "IL",
        start: new Date("2027-02-22T21:00:00Z"), // the 7th Monday at 3:00 pm
        idempotencyKey: "seventh-monday-at-three",
      });
      const before = await startTimes(tx, ids);
      const error = await failure(
        callerFor(deps(tx), johnson).series.reschedule({
          appointmentId: at(ids, 0),
          scope: "all",
          start: new Date("2027-01-11T21:00:00Z"),
        }),
      );
      expect(error?.code).toBe("CONFLICT");
      expect(error?.message).toBe(
        "The session on Monday, February 22 can't move to 3:00 PM on Monday, February 22: the therapist isn't free then. Nothing was changed; choose another time.",
      );
      expect(await startTimes(tx, ids)).toEqual(before);
      expect(
        await tx.select().from(auditEvents).where(eq(auditEvents.action, "series.reschedule")),
      ).toEqual([]);
    });
  });

  it("moves nothing when a new time is outside the therapist's hours", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const before = await startTimes(tx, ids);
      const error = await failure(
        callerFor(deps(tx), johnson).series.reschedule({
          appointmentId: at(ids, 0),
          scope: "all",
          start: new Date("2027-01-11T23:30:00Z"), // 5:30 pm: after Alex Rivera's hours
        }),
      );
      expect(error?.code).toBe("CONFLICT");
      expect(error?.message).toContain("The session on Monday, January 11 can't move to 5:30 PM");
      expect(await startTimes(tx, ids)).toEqual(before);
    });
  });

  it("finds nothing for another family's series", async () => {
    await rolledBack(db, async (tx) => {
      const ids = await bookMondays(tx);
      const error = await failure(
        callerFor(deps(tx), garcia).series.reschedule({
          appointmentId: at(ids, 0),
          scope: "all",
          start: new Date("2027-01-11T21:00:00Z"),
        }),
      );
      expect(error?.code).toBe("NOT_FOUND");
    });
  });
});
