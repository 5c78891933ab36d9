import { and, eq } from "drizzle-orm";

import { insertChild, setChildTherapists, upsertGuardianLink } from "@carryover/db/queries";
import { clinics, ledgerEntries, users } from "@carryover/db/schema";

import { withDatabase } from "./database";
import { insertSession } from "./scheduling";

const HOUR = 3_600_000;
const QUARTER = 900_000;

/**
 * A Johnson child of the spec's own (Jordan Johnson's, Alex Rivera's), so the sessions it cancels
 * show in no other spec's lists.
 */
export async function johnsonChild(firstName: string): Promise<string> {
  return withDatabase(async (db) => {
    const [clinic] = await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
    const idOf = async (email: string) =>
      (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id;
    const [therapistId, guardianId] = [
      await idOf("ot.rivera@maplegrove.test"),
      await idOf("parent.johnson@maplegrove.test"),
    ];
    if (!clinic || !therapistId || !guardianId) throw new Error("the demo clinic is missing");
    const childId = await insertChild(db, {
      clinicId: clinic.id,
      firstName,
      lastName: "Johnson",
      dateOfBirth: "2020-06-06",
      primaryTherapistId: therapistId,
    });
    await setChildTherapists(db, childId, therapistId, []);
    await upsertGuardianLink(db, { childId, guardianId, relationship: "parent" });
    return childId;
  });
}

/**
 * A child's evaluation with Alex Rivera a few hours from now — inside its 24-hour cancellation
 * window — at the first half hour from three hours on that Rivera has free (other specs book him too).
 */
export async function evaluationSoon(firstName: string): Promise<{ id: string; start: Date }> {
  const first = Math.ceil((Date.now() + 3 * HOUR) / QUARTER) * QUARTER;
  for (let step = 0; step < 40; step++) {
    const start = new Date(first + step * 2 * QUARTER);
    try {
      const id = await insertSession({
        child: { firstName },
        therapistEmail: "ot.rivera@maplegrove.test",
        start,
        sessionTypeName: "Evaluation",
      });
      return { id, start };
    } catch {
      // Rivera is booked then: the next half hour.
    }
  }
  throw new Error("Alex Rivera has no free half hour in the next day");
}

/** The fees on a session's account entries, as the ledger holds them. */
export const feesOf = (appointmentId: string) =>
  withDatabase((db) =>
    db
      .select({ cents: ledgerEntries.cents, party: ledgerEntries.party })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.appointmentId, appointmentId), eq(ledgerEntries.kind, "fee"))),
  );
