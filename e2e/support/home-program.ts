import { and, count, eq, isNull } from "drizzle-orm";

import {
  insertChild,
  insertProgram,
  insertProgramActivity,
  setChildTherapists,
  upsertGuardianLink,
} from "@carryover/db/queries";
import { clinics, practiceLogs, practiceTaps, users } from "@carryover/db/schema";
import type { Activity } from "@carryover/domain/home-program";

import { withDatabase } from "./database";

const userId = async (db: Parameters<Parameters<typeof withDatabase>[0]>[0], email: string) => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo account ${email}`);
  return user.id;
};

export const BUTTONS_LADDER: Activity = {
  content: {
    title: "Buttons ladder",
    summary: "Big buttons first, then smaller ones.",
    steps: ["Sit side by side.", "Push the button halfway; your child pulls it through."],
    why: "Small, winnable steps keep the challenge just right.",
    minutes: 5,
    ages: { min: 4, max: 9 },
    materials: ["A cardigan with big buttons"],
    anchor: { routine: "morning" },
    goals: ["buttoning"],
  },
  structure: {
    kind: "ladder",
    levels: [
      { title: "Big buttons on the table", change: "" },
      { title: "Big buttons on their lap", change: "" },
      { title: "Small buttons on their own shirt", change: "" },
    ],
    currentLevel: 0,
    rule: { stepUpRate: 0.8, stepUpSessions: 3, stepDownBelowRate: 0.5, minAttempts: 5 },
  },
};

export const TOOTHBRUSHING: Activity = {
  content: {
    title: "Toothbrushing together",
    summary: "Two minutes of brushing after breakfast.",
    steps: ["Brush side by side in the mirror."],
    why: "Practice inside the routine that already happens sticks.",
    minutes: 10,
    ages: { min: 3, max: 10 },
    materials: [],
    anchor: { routine: "breakfast" },
    goals: ["toothbrushing"],
  },
  structure: { kind: "routine_practice", minutes: 10, daysPerWeek: 7 },
};

/**
 * A child of the Johnsons' of its own, with Alex Rivera as therapist and one activity, so a spec
 * that logs practice or applies a suggestion leaves the demo children as they were.
 */
export async function childWithProgram(firstName: string, activity: Activity) {
  return withDatabase(async (db) => {
    const [clinic] = await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
    if (!clinic) throw new Error("the demo clinic is missing");
    const therapistId = await userId(db, "ot.rivera@maplegrove.test");
    const guardianId = await userId(db, "parent.johnson@maplegrove.test");
    const childId = await insertChild(db, {
      clinicId: clinic.id,
      firstName,
      lastName: "Johnson",
      dateOfBirth: "2019-05-05",
      primaryTherapistId: therapistId,
    });
    await setChildTherapists(db, childId, therapistId, []);
    await upsertGuardianLink(db, {
      childId,
      guardianId,
      relationship: "parent",
      canEditProgram: true,
    });
    const program = await insertProgram(db, {
      clinicId: clinic.id,
      childId,
      goals: [{ id: "g1", familyWords: "Dresses alone", clinicalWording: "Fastener management" }],
      minutesPerDay: 10,
      daysPerWeek: 5,
      startDate: "2026-11-02",
    });
    const row = await db.transaction((tx) =>
      insertProgramActivity(tx, {
        programId: program.id,
        clinicId: clinic.id,
        kind: activity.structure.kind,
        content: activity.content,
        structure: activity.structure,
      }),
    );
    return { childId, activityId: row.id };
  });
}

export async function countPracticeLogs(activityId: string): Promise<number> {
  return withDatabase(async (db) => {
    const [row] = await db
      .select({ n: count() })
      .from(practiceLogs)
      .where(and(eq(practiceLogs.activityId, activityId)));
    return row?.n ?? 0;
  });
}

/** Taps of a practice in progress the server holds for an activity, undone ones included. */
export async function countPracticeTaps(activityId: string): Promise<number> {
  return withDatabase(async (db) => {
    const [row] = await db
      .select({ n: count() })
      .from(practiceTaps)
      .where(eq(practiceTaps.activityId, activityId));
    return row?.n ?? 0;
  });
}

/** An activity's practice logs that count (not undone by the family). */
export async function countedPracticeLogs(activityId: string) {
  return withDatabase(async (db) =>
    db
      .select({ entry: practiceLogs.entry })
      .from(practiceLogs)
      .where(and(eq(practiceLogs.activityId, activityId), isNull(practiceLogs.voidedAt))),
  );
}
