import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { appointments, clinics, sessionTypes, users } from ".";
import { isExclusionViolation } from "../errors";
import { useTestDatabase } from "../testing/use-test-database";

const { db } = await useTestDatabase();

const [maple] = await db
  .select()
  .from(clinics)
  .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
const [rivera] = await db.select().from(users).where(eq(users.email, "ot.rivera@maplegrove.test"));
const [chen] = await db.select().from(users).where(eq(users.email, "ot.chen@maplegrove.test"));
if (!maple || !rivera || !chen) throw new Error("demo data missing");
const [coaching] = await db
  .insert(sessionTypes)
  .values({
    clinicId: maple.id,
    name: "Parent coaching",
    kind: "coaching",
    durationMinutes: 45,
    modality: "telehealth",
  })
  .returning();
if (!coaching) throw new Error("no session type");

const at = (hhmm: string) => new Date(`2027-01-12T${hhmm}:00Z`);
const book = (
  therapistId: string,
  start: string,
  end: string,
  status: "scheduled" | "cancelled" = "scheduled",
) =>
  db.insert(appointments).values({
    clinicId: maple.id,
    therapistId,
    sessionTypeId: coaching.id,
    startsAt: at(start),
    endsAt: at(end),
    timeZone: "America/Chicago",
    modality: "telehealth",
    status,
    createdById: therapistId,
  });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe("a therapist can be booked once at a time", () => {
  it("refuses an overlapping appointment in the database itself", async () => {
    await book(rivera.id, "15:00", "15:45");
    const error = await failure(book(rivera.id, "15:30", "16:15"));
    expect(isExclusionViolation(error)).toBe(true);
  });

  it("allows back-to-back appointments (half-open times)", async () => {
    await book(rivera.id, "16:00", "16:45");
    await book(rivera.id, "16:45", "17:30");
  });

  it("lets a cancelled appointment free its time", async () => {
    await book(rivera.id, "18:00", "18:45", "cancelled");
    await book(rivera.id, "18:00", "18:45");
  });

  it("keeps therapists independent of each other", async () => {
    await book(chen.id, "15:00", "15:45");
  });

  it("refuses an appointment that ends before it starts", async () => {
    const error = await failure(book(chen.id, "12:00", "11:00"));
    expect(error).toBeTruthy();
  });
});
