import type { Page } from "@playwright/test";

import { bookFirstOpenTime, chooseFirstOpenTime } from "../support/booking";
import { mondayOf, weekdayAndClock } from "../support/calendar";
import { insertGroupSession, insertSession } from "../support/scheduling";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

// The family lives two hours behind its clinic (Central Time): the screens speak the family's zone.
const FAMILY_ZONE = "America/Los_Angeles";
test.use({ timezoneId: FAMILY_ZONE });

/** "Friday, December 11", as the family's screens write a day. */
const longDate = (at: Date) =>
  new Intl.DateTimeFormat("en-US", {
    timeZone: FAMILY_ZONE,
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(at);

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/booking-${name}.png`, fullPage: true });

test("a guardian books a session on a phone; it is in their sessions and on the therapist's calendar", async ({
  page,
  browser,
}) => {
  await signInAndLand(page, "parent.garcia@maplegrove.test", "/family");
  await page.getByRole("link", { name: "Book a session" }).click();
  await expect(page.getByText("Step 1 of 4")).toBeVisible();

  const booked = await bookFirstOpenTime(page, { therapist: "Alex Rivera", state: "IL" });
  await shot(page, "book-done");
  await expect(
    page.getByText(`It's in your sessions: ${booked.when} with Alex Rivera.`),
  ).toBeVisible();

  await page.getByRole("link", { name: "See my sessions" }).click();
  await expect(page.getByRole("heading", { name: "My sessions" })).toBeVisible();
  await expect(page.getByText("Times are in Pacific Time.")).toBeVisible();
  const session = page.getByRole("listitem", {
    name: `Parent coaching session, ${booked.when}`,
  });
  await expect(session).toContainText("Booked");
  await expect(session).toContainText("for Sofia");
  await expect(session).toContainText("With Alex Rivera · Video session");
  await shot(page, "sessions");

  // The therapist, on a laptop in the clinic's zone, finds it on their week.
  const clinicZone = "America/Chicago";
  const laptop = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1280, height: 800 },
    timezoneId: clinicZone,
  });
  const therapist = await laptop.newPage();
  await signInAndLand(therapist, "ot.rivera@maplegrove.test", "/therapist");
  await therapist.goto(`/therapist/calendar?week=${mondayOf(booked.start, clinicZone)}`);
  await expect(
    therapist.getByRole("group", { name: "Alex Rivera's week" }).getByRole("button", {
      name: new RegExp(
        `^Coaching session with Sofia, ${weekdayAndClock(booked.start, clinicZone).source}`,
      ),
    }),
  ).toBeVisible();
  await laptop.close();
});

test("a time taken while the family was deciding offers the nearest open times", async ({
  page,
}) => {
  await signInAndLand(page, "parent.garcia@maplegrove.test", "/family");
  const chosen = await chooseFirstOpenTime(page, { therapist: "Alex Rivera", state: "IL" });
  await expect(page.getByText("(Pacific Time)").first()).toBeVisible();
  // The first open time may fall inside the notice window or outside it: either way the policy is stated.
  await expect(page.getByRole("status").filter({ hasText: "Cancellation policy" })).toContainText(
    /Free to cancel until .*; after that it counts as a late cancellation\.|so cancelling it would count as a late cancellation\./,
  );
  await shot(page, "book-confirm");

  await insertSession({
    child: { firstName: "Maya" },
    therapistEmail: "ot.rivera@maplegrove.test",
    start: chosen.start,
  });
  await page.getByRole("button", { name: "Book this session" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "That time was just booked" });
  await expect(refusal).toContainText("Here are the nearest open times.");
  await shot(page, "book-taken");
  const nearest = refusal.getByRole("button");
  await expect(nearest.first()).toBeVisible();
  const offered = (await nearest.first().textContent()) ?? "";
  await nearest.first().click();
  await expect(page.locator("time[datetime]").first()).toHaveText(offered);
  await page.getByRole("button", { name: "Book this session" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
});

test("cancelling inside the notice window warns that it is late, then records it as late", async ({
  page,
}) => {
  const soon = new Date(Math.ceil((Date.now() + 5 * 3_600_000) / 900_000) * 900_000);
  await insertSession({
    child: { firstName: "Eli" },
    therapistEmail: "ot.chen@maplegrove.test",
    start: soon,
  });
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.getByRole("link", { name: "My sessions" }).first().click();
  const session = page.getByRole("listitem").filter({ hasText: "for Eli" });
  await expect(session).toContainText("Booked");
  await session.getByRole("button", { name: "Cancel" }).click();

  const dialog = page.getByRole("dialog", { name: "Cancel this session?" });
  // The demo clinic charges a late cancellation of a coaching session $40.00.
  await expect(dialog).toContainText(
    "Cancelling now is a late cancellation (less than 24 hours before): a $40.00 fee will be added to your balance.",
  );
  await dialog.getByRole("button", { name: "Cancel anyway" }).click();
  await expect(dialog.getByText("Tell the therapist briefly why, so they can plan.")).toBeVisible();
  await dialog.getByLabel("Why are you cancelling?").fill("Eli has a fever");
  await shot(page, "cancel-late");
  await dialog.getByRole("button", { name: "Cancel anyway" }).click();

  await expect(
    page.getByText("Session cancelled. It counts as a late cancellation."),
  ).toBeVisible();
  await expect(session).toContainText("You cancelled (late)");
  await expect(session).toContainText("Reason: Eli has a fever");
  await expect(session.getByRole("button", { name: "Cancel" })).toHaveCount(0);
  await shot(page, "cancelled");
});

test("a family signs up for a group with seats left and joins the waitlist of a full one", async ({
  page,
}) => {
  const day = 86_400_000;
  const inDays = (n: number, hourUtc: number) => {
    const at = new Date(Date.now() + n * day);
    at.setUTCHours(hourUtc, 0, 0, 0);
    return at;
  };
  // The demo's sessions move with today's date: each group goes on the first day from `first` on
  // when its therapist is free at that hour (the database refuses an overlapping session).
  const onAFreeDay = async (
    first: number,
    hourUtc: number,
    group: Omit<Parameters<typeof insertGroupSession>[0], "start">,
  ) => {
    for (let n = first; n < first + 6; n++) {
      const start = inDays(n, hourUtc);
      const placed = await insertGroupSession({ ...group, start }).then(
        () => true,
        () => false,
      );
      if (placed) return start;
    }
    return insertGroupSession({ ...group, start: inDays(first + 6, hourUtc) }).then(() =>
      inDays(first + 6, hourUtc),
    );
  };
  const openStart = await onAFreeDay(9, 16, {
    therapistEmail: "ot.rivera@maplegrove.test",
    capacity: 6,
    seated: ["Maya"],
  });
  const fullStart = await onAFreeDay(10, 17, {
    therapistEmail: "ot.chen@maplegrove.test",
    capacity: 1,
    seated: ["Maya"],
    waiting: ["Eli"],
  });
  await signInAndLand(page, "parent.garcia@maplegrove.test", "/family");
  await page.getByRole("link", { name: "Group sessions" }).click();
  await expect(page.getByRole("heading", { name: "Group sessions" })).toBeVisible();

  // Other specs leave groups of their own in the shared demo clinic: pick ours by therapist and day.
  const group = (therapist: string, start: Date) =>
    page
      .getByRole("listitem", { name: new RegExp(`^Group session, ${longDate(start)} at `) })
      .filter({ hasText: `With ${therapist}` });
  const open = group("Alex Rivera", openStart);
  const full = group("Mei Chen", fullStart);
  await expect(open).toContainText("5 of 6 seats left");
  await expect(full).toContainText("Full — 1 family waiting");
  await expect(page.getByText("Maya")).toHaveCount(0);
  await shot(page, "groups");

  await open.getByRole("button", { name: "Sign Sofia up" }).click();
  const join = page.getByRole("dialog", { name: "Sign Sofia up?" });
  await join.getByLabel("Where will Sofia be during the session?").selectOption("IL");
  await join.getByRole("button", { name: "Take the seat" }).click();
  await expect(page.getByText(/^Sofia has a seat in Group session on /)).toBeVisible();
  await expect(open).toContainText("4 of 6 seats left");
  await expect(open).toContainText("Sofia has a seat.");

  await full.getByRole("button", { name: "Join the waitlist for Sofia" }).click();
  const wait = page.getByRole("dialog", { name: "Join the waitlist for Sofia?" });
  await wait.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(full).toContainText("Sofia is number 2 on the waitlist.");
  await expect(full).toContainText("Full — 2 families waiting");
  await shot(page, "groups-joined");

  await full.getByRole("button", { name: "Leave the waitlist" }).click();
  await expect(full).toContainText("Full — 1 family waiting");
  await expect(full.getByRole("button", { name: "Join the waitlist for Sofia" })).toBeVisible();
});
