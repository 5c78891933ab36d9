import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";

import { appointmentParticipants, appointments, users } from "@carryover/db/schema";

import { addDays, dayAndDate, instantIn, nextMonday, todayIn } from "../support/calendar";
import { childIdByName, withDatabase } from "../support/database";
import { insertSession } from "../support/scheduling";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

// Mei Chen works Tue–Thu 10:00–18:00, Chicago time (the demo seed); Eli Johnson is on her caseload.
const ZONE = "America/Chicago";
const THERAPIST = "ot.chen@maplegrove.test";
// Twelve Tuesdays at 4:00 PM, from the Tuesday two weeks after next, clear of the other specs' weeks.
const firstTuesday = addDays(nextMonday(ZONE), 15);
const tuesdays = Array.from({ length: 12 }, (_, i) => addDays(firstTuesday, 7 * i));
const clashing = tuesdays[4] ?? "";
const SHOTS = process.env.SHOTS_DIR;

/** Eli's sessions with Mei Chen made as a series, as local dates. */
async function seriesDatesOfEli(): Promise<string[]> {
  const eli = await childIdByName("Eli", "Johnson");
  const rows = await withDatabase((db) =>
    db
      .select({ start: appointments.startsAt })
      .from(appointments)
      .innerJoin(
        appointmentParticipants,
        eq(appointmentParticipants.appointmentId, appointments.id),
      )
      .innerJoin(users, eq(users.id, appointments.therapistId))
      .where(
        and(
          eq(appointmentParticipants.childId, eli),
          eq(users.email, THERAPIST),
          isNotNull(appointments.seriesId),
        ),
      )
      .orderBy(asc(appointments.startsAt)),
  );
  return rows.map((r) => todayIn(ZONE, r.start));
}

// The eleven sessions would fill Eli's family's list in the specs that run later.
test.afterAll(async () => {
  const eli = await childIdByName("Eli", "Johnson");
  await withDatabase(async (db) => {
    const made = await db
      .select({ id: appointments.id })
      .from(appointments)
      .innerJoin(
        appointmentParticipants,
        eq(appointmentParticipants.appointmentId, appointments.id),
      )
      .where(and(eq(appointmentParticipants.childId, eli), isNotNull(appointments.seriesId)));
    if (made.length === 0) return;
    await db.delete(appointments).where(
      inArray(
        appointments.id,
        made.map((m) => m.id),
      ),
    );
  });
});

test("a therapist makes 12 weekly sessions from the calendar, sees the one clash and skips it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Sofia already has the fifth Tuesday at 4:00 PM with Mei Chen.
  await insertSession({
    child: { firstName: "Sofia" },
    therapistEmail: THERAPIST,
    start: instantIn(clashing, "16:00", ZONE),
  });
  expect(await seriesDatesOfEli()).toEqual([]);

  await signInAndLand(page, THERAPIST, "/therapist");
  await page.goto("/therapist/calendar");
  await page.getByRole("button", { name: "New session" }).click();
  const dialog = page.getByRole("dialog", { name: "New session" });
  await dialog.getByLabel(/^Child/).selectOption({ label: "Eli Johnson" });
  await dialog.getByLabel("Date").fill(firstTuesday);
  await dialog.getByLabel("Start time").fill("16:00");
  await dialog.getByLabel("Where the child will be").selectOption("IL");
  await dialog.getByLabel("Repeats").selectOption({ label: "Every week" });
  await expect(
    dialog.getByText("On Tuesdays at the same local time.", { exact: false }),
  ).toBeVisible();
  await dialog.getByLabel("Number of sessions").fill("12");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/new-session-repeat.png` });
  await dialog.getByRole("button", { name: "Book the sessions" }).click();

  // The clash is shown before anything is booked, with what it clashes with.
  await expect(dialog.getByRole("heading", { name: "1 of 12 dates clashes" })).toBeVisible();
  const clashes = dialog.getByRole("list", { name: "Dates that clash" }).getByRole("listitem");
  await expect(clashes).toHaveCount(1);
  await expect(clashes.first()).toContainText(`${dayAndDate(clashing)} at 4:00`);
  await expect(clashes.first()).toContainText(
    /Parent coaching session with Sofia, 4:00\s?PM–4:45\s?PM/,
  );
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/new-session-clashes.png` });
  expect(await seriesDatesOfEli()).toEqual([]);

  await dialog.getByRole("button", { name: "Skip this date and book 11" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(
      `11 sessions booked for Eli Johnson from ${dayAndDate(firstTuesday)} to ${dayAndDate(tuesdays[11] ?? "")} at 4:00`,
      { exact: false },
    ),
  ).toBeVisible();

  const booked = await seriesDatesOfEli();
  expect(booked).toEqual(tuesdays.filter((d) => d !== clashing));
  expect(booked).not.toContain(clashing);

  // The calendar shows the first of them.
  await page.goto(`/therapist/calendar?week=${addDays(firstTuesday, -1)}`);
  await expect(
    page.getByRole("button", { name: /^Coaching session with Eli, Tue 4:00\s?PM/ }),
  ).toBeVisible();
});
