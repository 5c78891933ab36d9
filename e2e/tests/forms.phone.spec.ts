import type { Page } from "@playwright/test";

import { childIdByName } from "../support/database";
import { sendForm } from "../support/forms";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
const CONCERNS = "What worries you most, or made you look for therapy?";
const HOPES = "What would you like your child to be able to do in six months?";

async function openForm(page: Page, title: string) {
  await page.goto("/family/forms");
  await expect(page.getByRole("heading", { name: "Forms", level: 1 })).toBeVisible();
  await page
    .getByRole("link", { name: new RegExp(`${title}[\\s\\S]*For Maya`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
}

async function sign(page: Page) {
  await page.getByLabel("I agree to sign this form electronically", { exact: false }).check();
  await page.getByLabel("Your full name").fill("Jordan Johnson");
  await page.getByRole("button", { name: "Sign the form" }).click();
}

test("a parent on a phone fills in the intake with autosave and resume, is told which answer is missing, and signs it and the telehealth consent", async ({
  page,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  await sendForm(mayaId, "intake");
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("link", { name: /^Forms \d+ to sign/ })).toBeVisible();
  await page.getByRole("button", { name: "Menu" }).click();

  await openForm(page, "New family intake");
  await page.getByLabel(CONCERNS).fill("Mornings take forever; <b>buttons</b> are hard.");
  await page.getByLabel("Wake up").fill("6:45 am");
  await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/form-intake-phone.png`, fullPage: true });

  await page.reload();
  await expect(page.getByLabel(CONCERNS)).toHaveValue(
    "Mornings take forever; <b>buttons</b> are hard.",
  );
  await expect(page.getByText("Welcome back: your answers are saved.")).toBeVisible();

  await sign(page);
  await expect(
    page.getByRole("alert").filter({ hasText: `Answer "${HOPES}" before signing.` }),
  ).toBeVisible();
  await expect(page.getByLabel(HOPES)).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: `${SHOTS}/form-missing-answer-phone.png`, fullPage: true });

  await page.getByLabel(HOPES).fill("Get dressed for school by herself.");
  await page.getByRole("button", { name: "Sign the form" }).click();
  await expect(page.getByText("Signed by Jordan Johnson")).toBeVisible();
  await expect(page.getByText("Mornings take forever; <b>buttons</b> are hard.")).toBeVisible();

  await openForm(page, "Telehealth consent");
  await page.getByLabel("I consent to telehealth occupational therapy for my child").check();
  const pad = page.getByRole("img", { name: "Draw your signature (optional)" });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error("no signature pad");
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 20, { steps: 5 });
  await page.mouse.move(box.x + 220, box.y + box.height - 20, { steps: 5 });
  await page.mouse.up();
  await page.screenshot({ path: `${SHOTS}/form-consent-sign-phone.png`, fullPage: true });
  await sign(page);
  await expect(page.getByText("Signed by Jordan Johnson")).toBeVisible();
  await expect(page.getByRole("img", { name: "The signature Jordan Johnson drew" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/form-signed-phone.png`, fullPage: true });

  // Signed, they leave the list of forms to sign (other specs may send this family others).
  await page.goto("/family/forms");
  await expect(page.getByRole("heading", { name: "Forms", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /New family intake[\s\S]*For Maya/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Telehealth consent[\s\S]*For Maya/ })).toHaveCount(
    0,
  );
});
