import { chooseFirstOpenTime } from "../support/booking";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;
const POLICY =
  "Please cancel at least 48 hours ahead. Late cancellations and missed sessions may be charged $40.";

test("the clinic admin changes a session type and the policy, and a family booking sees both", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/settings");
  const types = page.getByRole("list", { name: "Session types" });
  const reEvaluation = types.getByRole("listitem").filter({ hasText: "Re-evaluation" });
  await expect(reEvaluation).toContainText("30 min · No price set · 1 place");
  await expect(
    page.getByText(
      "Sessions already booked keep their time, length, places and cancellation window.",
    ),
  ).toBeVisible();

  await reEvaluation.getByRole("button", { name: "Edit Re-evaluation" }).click();
  const form = page.getByRole("form", { name: "Edit Re-evaluation" });
  await expect(form.getByLabel("Places")).toHaveAttribute("readonly", "");
  await form.getByLabel("Length (minutes)").fill("33");
  await form.getByLabel("Price (USD)").fill("80");
  await form.getByLabel("Minimum booking notice (hours)").fill("24");
  await form.getByLabel("Cancellation window (hours)").fill("48");
  await form.getByRole("button", { name: "Save Re-evaluation" }).click();
  await expect(form.getByText("Use a multiple of 5 minutes, for example 45.")).toBeVisible();
  await form.getByLabel("Length (minutes)").fill("35");
  await form.getByRole("button", { name: "Save Re-evaluation" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText("Re-evaluation saved.", { exact: false })).toBeVisible();
  await expect(reEvaluation).toContainText(
    "35 min · $80.00 · 1 place · book at least 24 hours ahead · free to cancel until 2 days before",
  );

  const policy = page.getByLabel("Policy text");
  await policy.fill(POLICY);
  await page.getByRole("button", { name: "Save the policy" }).click();
  await expect(page.getByText("The cancellation policy is saved.")).toBeVisible();
  if (SHOTS)
    await page.screenshot({ path: `${SHOTS}/admin-settings-sections.png`, fullPage: true });

  // After a reload both are still there.
  await page.reload();
  await expect(reEvaluation).toContainText("35 min · $80.00");
  await expect(page.getByLabel("Policy text")).toHaveValue(POLICY);

  // A family booking a re-evaluation sees the new length and the policy before confirming.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const family = await context.newPage();
  await signInAndLand(family, "parent.garcia@maplegrove.test", "/family");
  await family.goto("/family/book");
  await expect(family.getByRole("button", { name: /^Re-evaluation.*35 min/ })).toBeVisible();
  await chooseFirstOpenTime(family, { sessionType: "Re-evaluation" });
  await expect(family.getByText(POLICY)).toBeVisible();
  await context.close();
});
