import type { Page } from "@playwright/test";

import { addDays, dayAndDate, nextMonday } from "../support/calendar";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

// Alex Rivera works Mon–Fri 08:00–12:00 and 13:00–17:30, Chicago time (the demo seed).
const ZONE = "America/Chicago";
const monday = nextMonday(ZONE);
const wednesday = addDays(monday, 2);
const thursday = addDays(monday, 3);

// One therapist's week, built up step by step: each test starts where the one before left it.
// Each walks a whole flow (two bookings, two moves, a reload), longer than the default 30 s on a busy machine.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const grid = (page: Page) => page.getByRole("group", { name: "Alex Rivera's week" });
const day = (page: Page, name: string) =>
  grid(page).getByRole("group", { name: new RegExp(`^${name}, `) });

async function openNextWeek(page: Page) {
  await page.goto("/therapist/calendar");
  await expect(page.getByRole("heading", { name: /^Week of / })).toBeVisible();
  await page.getByRole("button", { name: "Next week" }).click();
  await expect(page).toHaveURL(new RegExp(`week=${monday}`));
}

test("a therapist books two sessions from the week, and a move into a conflict changes nothing", async ({
  page,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.getByRole("link", { name: "Calendar", exact: true }).first().click();
  await expect(
    page.getByText(/Times in Central (Standard|Daylight) Time \(America\/Chicago\)/),
  ).toBeVisible();
  await page.getByRole("button", { name: "Next week" }).click();
  await expect(page).toHaveURL(new RegExp(`week=${monday}`));

  // Open hours are shaded; Saturday has none.
  const wednesdayMorning = day(page, "Wednesday").getByRole("button", {
    name: /^Open 8:00 AM to 12:00 PM/,
  });
  await expect(wednesdayMorning).toBeVisible();
  await expect(day(page, "Saturday").getByRole("button", { name: /^Open / })).toHaveCount(0);

  // Quick create from the open time.
  await wednesdayMorning.click();
  const create = page.getByRole("dialog", { name: "New session" });
  await expect(create.getByLabel("Date")).toHaveValue(wednesday);
  await create.getByLabel(/^Child/).selectOption({ label: "Maya Johnson" });
  await create.getByLabel("Start time").fill("10:00");
  await create.getByRole("button", { name: "Book the session" }).click();
  await expect(
    create.getByText("Choose the state the child will be in during the video session."),
  ).toBeVisible();
  await create.getByLabel("Where the child will be").selectOption("IL");
  await create.getByRole("button", { name: "Book the session" }).click();
  await expect(create).toBeHidden();
  await expect(
    page.getByText(`booked for Maya Johnson on ${dayAndDate(wednesday)} at 10:00 AM`),
  ).toBeVisible();
  await expect(
    grid(page).getByRole("button", { name: /^Coaching session with Maya, Wed 10:00 AM/ }),
  ).toBeVisible();

  // The New session button, for a time typed in.
  await page.getByRole("button", { name: "New session" }).click();
  await create.getByLabel(/^Child/).selectOption({ label: "Sofia Garcia" });
  await create.getByLabel("Date").fill(wednesday);
  await create.getByLabel("Start time").fill("15:00");
  await create.getByLabel("Where the child will be").selectOption("WI");
  await create.getByRole("button", { name: "Book the session" }).click();
  await expect(create).toBeHidden();
  const sofia = grid(page).getByRole("button", {
    name: /^Coaching session with Sofia, Wed 3:00 PM/,
  });
  await expect(sofia).toBeVisible();

  // Moving Sofia onto Maya's time is refused, with the reason; nothing moves.
  await sofia.click();
  const details = page.getByRole("dialog", { name: "Coaching session with Sofia" });
  await details.getByRole("button", { name: "Move session" }).click();
  await details.getByLabel("New start time").fill("10:15");
  await details.getByRole("button", { name: "Move the session" }).click();
  const refusal = details.getByRole("alert");
  await expect(refusal).toContainText("Nothing changed: that time overlaps another session.");
  await expect(refusal).toContainText(`The session stays on ${dayAndDate(wednesday)} at 3:00 PM.`);
  await details.getByRole("button", { name: "Close" }).first().click();
  await expect(sofia).toBeVisible();
  await page.reload();
  await expect(
    grid(page).getByRole("button", { name: /^Coaching session with Sofia, Wed 3:00 PM/ }),
  ).toBeVisible();

  // Then to a free time: it moves.
  await grid(page)
    .getByRole("button", { name: /^Coaching session with Sofia, Wed 3:00 PM/ })
    .click();
  await details.getByRole("button", { name: "Move session" }).click();
  await details.getByLabel("New start time").fill("16:00");
  await details.getByRole("button", { name: "Move the session" }).click();
  await expect(details).toBeHidden();
  await expect(page.getByText(`Moved Sofia to ${dayAndDate(wednesday)} at 4:00 PM.`)).toBeVisible();
  await expect(
    grid(page).getByRole("button", { name: /^Coaching session with Sofia, Wed 4:00 PM/ }),
  ).toBeVisible();
  await expect(
    grid(page).getByRole("button", { name: /^Coaching session with Sofia, Wed 3:00 PM/ }),
  ).toHaveCount(0);
});

test("a therapist takes a day off and the calendar shows it", async ({ page }) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.getByRole("link", { name: "Availability", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Your availability" })).toBeVisible();

  // A field error for an end before its start, and nothing saved.
  await page.getByRole("button", { name: "Add hours on Saturday" }).click();
  await page.getByLabel("Saturday hours from").fill("12:00");
  await page.getByLabel("Saturday hours until").fill("11:00");
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByText("The end must be after the start.")).toBeVisible();
  await page.getByRole("button", { name: "Remove Saturday hours" }).click();

  await page.getByLabel("Date", { exact: true }).fill(thursday);
  await page.getByLabel("That day").selectOption("off");
  await page.getByRole("button", { name: "Add date" }).click();
  const upcoming = page.getByRole("list", { name: "Upcoming dates that differ" });
  await expect(upcoming.getByText("Day off", { exact: true })).toBeVisible();
  await expect(page.getByText("You have unsaved changes.")).toBeVisible();
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByText("Your hours are saved.")).toBeVisible();

  await openNextWeek(page);
  await expect(
    day(page, "Wednesday")
      .getByRole("button", { name: /^Open / })
      .first(),
  ).toBeVisible();
  await expect(day(page, "Thursday").getByRole("button", { name: /^Open / })).toHaveCount(0);

  // Back to the weekly hours, so the rest of the suite finds Thursday open.
  await page.goto("/therapist/availability");
  await page.getByRole("button", { name: /^Remove .* \(back to the weekly hours\)$/ }).click();
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByText("Your hours are saved.")).toBeVisible();
  await openNextWeek(page);
  await expect(day(page, "Thursday").getByRole("button", { name: /^Open 8:00 AM/ })).toBeVisible();
});

test("an admin sees the therapist's session on the clinic calendar", async ({ page }) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.getByRole("link", { name: "Calendar", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Clinic calendar" })).toBeVisible();

  await page.getByLabel("Therapist", { exact: true }).selectOption({ label: "Alex Rivera (week)" });
  await page.getByRole("button", { name: "Next week" }).click();
  const session = grid(page).getByRole("button", {
    name: /^Coaching session with Sofia, Wed 4:00 PM/,
  });
  await expect(session).toBeVisible();
  await session.click();
  const details = page.getByRole("dialog", { name: "Coaching session with Sofia" });
  await expect(details.getByText("Alex Rivera")).toBeVisible();
  await expect(details.getByRole("button", { name: "Cancel session" })).toBeVisible();
  await details.getByRole("button", { name: "Close" }).first().click();

  // The day across therapists, one column each.
  await page.goto(`/admin/calendar?day=${wednesday}`);
  const across = page.getByRole("group", { name: /^All therapists on / });
  await expect(
    across.getByRole("group", { name: "Alex Rivera", exact: true }).getByRole("button", {
      name: /^Coaching session with Maya, Wed 10:00 AM, with Alex Rivera/,
    }),
  ).toBeVisible();
  await expect(across.getByRole("group", { name: "Mei Chen", exact: true })).toBeVisible();
});
