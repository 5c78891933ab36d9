import { eq } from "drizzle-orm";

import { createDb } from "@carryover/db";
import { hashPassword } from "@carryover/db/password";
import { insertMembership, insertUser } from "@carryover/db/queries";
import { children, clinics } from "@carryover/db/schema";

import { DATABASE_URL, DEMO_PASSWORD } from "./environment";

/** The e2e server's own database, for looking up ids and setting up what a test needs. */
export async function withDatabase<T>(
  run: (db: ReturnType<typeof createDb>) => Promise<T>,
): Promise<T> {
  const db = createDb(DATABASE_URL, { max: 1 });
  try {
    return await run(db);
  } finally {
    await db.close();
  }
}

export async function childIdByName(firstName: string, lastName: string): Promise<string> {
  return withDatabase(async (db) => {
    const rows = await db
      .select({ id: children.id, lastName: children.lastName })
      .from(children)
      .where(eq(children.firstName, firstName));
    const match = rows.find((r) => r.lastName === lastName);
    if (!match) throw new Error(`no demo child ${firstName} ${lastName}`);
    return match.id;
  });
}

export async function setClinicSettings(clinicName: string, settings: Record<string, unknown>) {
  await withDatabase((db) =>
    db.update(clinics).set({ settings }).where(eq(clinics.name, clinicName)),
  );
}

/** A guardian of its own for a test that changes an account (locks it, resets its password). */
export const createGuardian = (email: string, password = DEMO_PASSWORD) =>
  createMember(email, "guardian", password);

/** A therapist of their own, for a test that changes how they sign in. */
export const createTherapist = (email: string) => createMember(email, "therapist", DEMO_PASSWORD);

async function createMember(
  email: string,
  role: "guardian" | "therapist",
  password: string,
): Promise<void> {
  await withDatabase(async (db) => {
    const [clinic] = await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
    if (!clinic) throw new Error("the demo clinic is missing");
    const userId = await insertUser(db, {
      email,
      name: role === "guardian" ? "Test Guardian" : "Test Therapist",
      passwordHash: await hashPassword(password),
    });
    await insertMembership(db, { userId, clinicId: clinic.id, role });
  });
}
