import { type TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appointments, clinics, sessionTypes } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
let admin: Session;
let johnson: Session;
let harborAdmin: Session;
let parentLee: Session;
let groupTypeId: string;
let rivera: Session;
let riveraId: string;

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  harborAdmin = await signInAs(testDeps(db), "admin@harborkids.test");
  parentLee = await signInAs(testDeps(db), "parent.lee@harborkids.test");
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  riveraId = rivera.actor.userId;
  const [group] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "group")));
  if (!group) throw new Error("no group session type");
  groupTypeId = group.id;
});

/** An open hour of Alex Rivera's about `daysAhead` days from now. */
async function openTime(daysAhead: number) {
  const from = new Date(Date.now() + daysAhead * 86_400_000);
  const { slots } = await callerFor(testDeps(db), admin).availability.slots({
    therapistId: riveraId,
    sessionTypeId: groupTypeId,
    from,
    to: new Date(+from + 7 * 86_400_000),
  });
  const start = slots[0]?.start;
  if (!start) throw new Error("no open time for a group");
  return start;
}

const refusal = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as (TRPCError & { cause?: { issues?: { path: PropertyKey[] }[] } }) | null;
  return { code: error?.code, paths: error?.cause?.issues?.map((i) => i.path.join(".")) ?? [] };
};

describe("a group's name, topic and ages", () => {
  it("keeps them, and families and the calendar read them back", async () => {
    const start = await openTime(12);
    const created = await callerFor(testDeps(db), admin).group.create({
      therapistId: riveraId,
      sessionTypeId: groupTypeId,
      start,
      name: "  Handwriting club ",
      topic: "Pencil grip and letter sizing through games",
      ages: { min: 5, max: 7 },
    });
    expect(created).toMatchObject({
      name: "Handwriting club",
      topic: "Pencil grip and letter sizing through games",
      ages: { min: 5, max: 7 },
    });
    const [row] = await db
      .select()
      .from(appointments)
      .where(eq(appointments.id, created.appointmentId));
    expect(row).toMatchObject({
      groupName: "Handwriting club",
      groupTopic: "Pencil grip and letter sizing through games",
      ageMinYears: 5,
      ageMaxYears: 7,
    });

    const listed = (await callerFor(testDeps(db), johnson).group.list()).find(
      (g) => g.id === created.appointmentId,
    );
    expect(listed).toMatchObject({
      name: "Handwriting club",
      topic: "Pencil grip and letter sizing through games",
      ages: { min: 5, max: 7 },
    });
    const onCalendar = (
      await callerFor(testDeps(db), admin).booking.list({
        from: start,
        to: new Date(+start + 3_600_000),
        therapistId: riveraId,
      })
    ).find((b) => b.id === created.appointmentId);
    expect(onCalendar?.groupName).toBe("Handwriting club");
    const room = await callerFor(testDeps(db), rivera).liveSession.get({
      appointmentId: created.appointmentId,
    });
    expect(room.title).toBe("Handwriting club");
  });

  it("leaves the topic and ages open when not given", async () => {
    const created = await callerFor(testDeps(db), admin).group.create({
      therapistId: riveraId,
      sessionTypeId: groupTypeId,
      start: await openTime(26),
      name: "Scissors skills",
      topic: "   ",
    });
    expect(created).toMatchObject({ topic: null, ages: { min: null, max: null } });
  });

  it.each([
    ["no name", {}, "name"],
    ["a blank name", { name: "   " }, "name"],
    ["a name over 80 characters", { name: "x".repeat(81) }, "name"],
    ["a topic over 200 characters", { name: "Club", topic: "t".repeat(201) }, "topic"],
    ["a NUL in the name", { name: "Club\u0000" }, "name"],
    ["an age over 21", { name: "Club", ages: { min: 5, max: 22 } }, "ages.max"],
    ["a negative age", { name: "Club", ages: { min: -1, max: 5 } }, "ages.min"],
    ["a part-year age", { name: "Club", ages: { min: 4.5, max: 6 } }, "ages.min"],
    ["the youngest above the oldest", { name: "Club", ages: { min: 8, max: 5 } }, "ages.max"],
  ])("refuses %s with a 400 naming the field", async (_, details, path) => {
    const input = {
      therapistId: riveraId,
      sessionTypeId: groupTypeId,
      start: new Date(),
      ...details,
    };
    const refused = await refusal(
      callerFor(testDeps(db), admin).group.create(
        input as Parameters<ReturnType<typeof callerFor>["group"]["create"]>[0],
      ),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.paths).toContain(path);
  });

  it("answers another clinic's admin NOT_FOUND and never lists the group to its families", async () => {
    const start = await openTime(40);
    const refused = await refusal(
      callerFor(testDeps(db), harborAdmin).group.create({
        therapistId: riveraId,
        sessionTypeId: groupTypeId,
        start,
        name: "Handwriting club",
        ages: { min: 5, max: 7 },
      }),
    );
    expect(refused.code).toBe("NOT_FOUND");
    const created = await callerFor(testDeps(db), admin).group.create({
      therapistId: riveraId,
      sessionTypeId: groupTypeId,
      start,
      name: "Maple-only club",
    });
    const harborGroups = await callerFor(testDeps(db), parentLee).group.list();
    expect(harborGroups.map((g) => g.id)).not.toContain(created.appointmentId);
    expect(harborGroups.map((g) => g.name)).not.toContain("Maple-only club");
  });
});
