import type { Page } from "@playwright/test";

import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

const dueCard = (page: Page) =>
  page.locator("section", { has: page.getByRole("heading", { name: "Documentation due" }) });

test("a therapist sees the caseload's documentation due, each item linked to where it is done", async ({
  page,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  const card = dueCard(page);
  await expect(card).toBeVisible();
  const items = card.getByRole("list", { name: "Documentation due" }).getByRole("link");
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(8);
  for (const href of await items.evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
    expect(href).toMatch(/^\/(notes\/[\w-]+|children\/[\w-]+\/chart)$/);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/therapist-documentation-due.png`, fullPage: true });
});

test("an admin sees the clinic's documentation due grouped by kind with counts", async ({
  page,
}) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  const card = dueCard(page);
  await expect(card).toBeVisible();
  const group = card
    .locator("summary")
    .filter({ hasText: /\d+ (unsigned notes?|plans? of care|progress reports?|discharge summar)/ })
    .first();
  await expect(group).toBeVisible();
  await group.click();
  await expect(card.locator("details[open]").getByRole("link").first()).toHaveAttribute(
    "href",
    /^\/(notes|children)\//,
  );
  await page.screenshot({ path: `${SHOTS}/admin-documentation-due.png`, fullPage: true });
});
