import { expect, type Page } from "@playwright/test";

export type BookedSession = {
  /** The instant booked, read from the confirmation's <time datetime>. */
  start: Date;
  /** How the family saw it: "Thursday, December 3 at 9:00 AM", in the browser's zone. */
  when: string;
};

type Options = {
  /** "Maya": needed when the guardian has more than one child. */
  child?: string;
  therapist?: string;
  sessionType?: string;
  /** The state the child will be in, for a video session. */
  state?: string;
};

const TIME = /^\d{1,2}:\d{2}\s?[AP]M$/;

/** Opens the booking screen and reaches the confirmation for the first open time, without booking. */
export async function chooseFirstOpenTime(page: Page, options: Options = {}) {
  await page.goto("/family/book");
  const heading = page.getByRole("heading", { level: 2 });
  if (await page.getByRole("heading", { name: "Who is the session for?" }).isVisible()) {
    if (!options.child) throw new Error("this guardian has several children: name one");
    await page.getByRole("button", { name: new RegExp(`^${options.child} `) }).click();
  }
  await expect(heading).toHaveText(/What kind of session/);
  await page
    .getByRole("button", {
      name: new RegExp(`^${options.sessionType ?? "Parent coaching session"}`),
    })
    .click();
  await expect(heading).toHaveText(/Which therapist\?|Choose a time/);
  if ((await heading.textContent()) === "Which therapist?") {
    await page
      .getByRole("button", { name: new RegExp(`^${options.therapist ?? "Alex Rivera"}`) })
      .click();
  }
  await expect(heading).toHaveText("Choose a time");
  const times = page.getByRole("button", { name: TIME });
  for (let page2 = 0; page2 < 4; page2 += 1) {
    await expect(
      times.first().or(page.getByText("No open times in these two weeks")),
    ).toBeVisible();
    if (await times.first().isVisible()) break;
    await page.getByRole("button", { name: "Show later dates" }).click();
  }
  await times.first().click();
  await expect(heading).toHaveText("Check and confirm");
  const location = page.getByLabel(/Where will .* be during the session\?/);
  if (await location.isVisible()) await location.selectOption(options.state ?? "IL");
  return readChosenTime(page);
}

export async function readChosenTime(page: Page): Promise<BookedSession> {
  const time = page.locator("time[datetime]").first();
  const iso = await time.getAttribute("datetime");
  if (!iso) throw new Error("the confirmation shows no time");
  return { start: new Date(iso), when: (await time.textContent()) ?? "" };
}

/**
 * Books the first open time through the family's booking screen (signed in as a guardian) and
 * returns it; the session is then in the guardian's upcoming sessions and the therapist's calendar.
 */
export async function bookFirstOpenTime(page: Page, options: Options = {}): Promise<BookedSession> {
  const chosen = await chooseFirstOpenTime(page, options);
  await page.getByRole("button", { name: "Book this session" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  return chosen;
}
