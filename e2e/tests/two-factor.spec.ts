import type { Page } from "@playwright/test";
import { generateSync } from "otplib";

import { createTherapist } from "../support/database";
import { signIn, signInAndLand, signOut } from "../support/sign-in";
import { expect, test } from "../support/test";

const EMAIL = "two.step@example.test";

/** The code an authenticator app shows `offsetSeconds` from now. */
const codeFor = (secret: string, offsetSeconds = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

async function enrolFromAccountPage(page: Page) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const key = await page.getByLabel("Can't scan? Enter this setup key").inputValue();
  const secret = key.replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  // allTextContents does not wait: the codes appear once the server has answered.
  const codeItems = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codeItems.first()).toBeVisible();
  const codes = await codeItems.allTextContents();
  await page.getByRole("button", { name: "I've saved my codes" }).click();
  await expect(page.getByText("On", { exact: true })).toBeVisible();
  return { secret, codes };
}

test("a therapist sets up an authenticator app, then signs in with a code and with a recovery code", async ({
  page,
}) => {
  await createTherapist(EMAIL);
  await signInAndLand(page, EMAIL, "/therapist");
  const { secret, codes } = await enrolFromAccountPage(page);
  expect(codes).toHaveLength(10);
  const [firstCode = ""] = codes;
  await signOut(page);

  await signIn(page, EMAIL);
  await expect(page.getByRole("heading", { name: "Check it's you" })).toBeVisible();
  const codeField = page.getByLabel("Authentication code");
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  await codeField.fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code didn't match.")).toBeVisible();
  // The code of the step after the one used to set up: the app's next code, within the window.
  await codeField.fill(codeFor(secret, 30));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/therapist$/);
  await signOut(page);

  await signIn(page, EMAIL);
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(firstCode.toUpperCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/therapist$/);
  await signOut(page);

  await signIn(page, EMAIL);
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(firstCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(
    page.getByText("That recovery code didn't work. Each code works once"),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
