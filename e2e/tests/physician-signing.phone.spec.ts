import { childIdByName } from "../support/database";
import {
  callMutation,
  createPlanOfCare,
  removePlanOfCare,
  setSigningLinkExpired,
  signingLinkSentTo,
  type PlanFixture,
} from "../support/plan-of-care";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
const PHYSICIAN = "dr.signing.e2e@example.test";

let plan: PlanFixture | null = null;

test.afterAll(async () => {
  if (plan) await removePlanOfCare(plan, PHYSICIAN);
});

test("a physician signs a plan of care on a phone from the emailed link, without an account", async ({
  page,
  browser,
  baseURL,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  plan = await createPlanOfCare(page, await childIdByName("Maya", "Johnson"));
  await callMutation(page, "planOfCare.requestSignature", {
    planOfCareId: plan.planOfCareId,
    email: PHYSICIAN,
  });
  const link = await signingLinkSentTo(PHYSICIAN);

  const physician = await browser.newContext({ ...test.info().project.use, baseURL });
  const phone = await physician.newPage();

  await setSigningLinkExpired(plan.planOfCareId, true);
  await phone.goto(link);
  await expect(phone.getByRole("heading", { name: "This signing link has expired" })).toBeVisible();
  await expect(phone.getByRole("link", { name: /\d/ })).toHaveAttribute("href", /^tel:/);
  await phone.screenshot({ path: `${SHOTS}/physician-signing-expired.phone.png`, fullPage: true });
  await setSigningLinkExpired(plan.planOfCareId, false);

  await phone.goto(link);
  await expect(phone).toHaveURL(link);
  await expect(
    phone.getByRole("heading", { level: 1, name: "Occupational therapy plan of care" }),
  ).toBeVisible();
  await expect(phone.getByText("Maya Johnson", { exact: true })).toBeVisible();
  await expect(phone.getByText("Therapeutic activities")).toBeVisible();
  await expect(phone.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await phone.screenshot({ path: `${SHOTS}/physician-signing.phone.png`, fullPage: true });
  await phone.setViewportSize({ width: 320, height: 800 });
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await phone.screenshot({ path: `${SHOTS}/physician-signing-320.phone.png`, fullPage: true });
  await phone.screenshot({ path: `${SHOTS}/physician-signing-320-top.phone.png` });

  await phone.getByRole("button", { name: "Sign" }).click();
  await expect(phone.getByLabel("Your full name")).toBeFocused();
  await expect(
    phone.getByText("Confirm that you reviewed and certify this plan of care"),
  ).toBeVisible();
  await phone.getByLabel("Your full name").fill("Dr. Ana Ortiz");
  await phone.getByLabel("Your NPI").fill("1234567890");
  await phone.getByLabel(/I have reviewed this plan of care and certify it/).check();
  await phone.getByRole("button", { name: "Sign" }).click();
  await expect(phone.getByText("That NPI's check digit is wrong — check the number")).toBeVisible();
  await phone.screenshot({
    path: `${SHOTS}/physician-signing-npi-error.phone.png`,
    fullPage: true,
  });
  await phone.getByLabel("Your NPI").fill("1234567893");
  await phone.getByRole("button", { name: "Sign" }).click();
  await expect(
    phone.getByText("Signed. Thank you — Maple Grove Pediatric Therapy has been notified."),
  ).toBeVisible();

  await phone.goto(link);
  await expect(
    phone.getByRole("heading", { name: "This plan of care is already signed" }),
  ).toBeVisible();
  await phone.screenshot({ path: `${SHOTS}/physician-signing-signed.phone.png`, fullPage: true });

  await phone.goto("/sign/plan-of-care/this-link-names-no-plan-at-all-000000");
  await expect(phone.getByRole("heading", { name: "This signing link isn't valid" })).toBeVisible();
  await physician.close();
});

test("a parent sees Maya's goals in the family's words with what home practice shows", async ({
  page,
}) => {
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.goto(`/children/${await childIdByName("Maya", "Johnson")}/progress`);
  const goals = page.locator("section", {
    has: page.getByRole("heading", { name: "Goals we're working on" }),
  });
  await expect(page.getByRole("heading", { name: "Goals we're working on" })).toBeVisible();
  await expect(
    goals.getByText("Maya buttons her own school shirt in the morning, no help needed"),
  ).toBeVisible();
  await expect(
    goals.getByText(/level \d of \d, did it \d+ of the last \d+ times?/).first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Progress reports" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/family-goals.phone.png`, fullPage: true });
  await goals.screenshot({ path: `${SHOTS}/family-goals-section.phone.png` });
  await page
    .locator("section", { has: page.getByRole("heading", { name: "Progress reports" }) })
    .screenshot({ path: `${SHOTS}/family-reports-section.phone.png` });
});
