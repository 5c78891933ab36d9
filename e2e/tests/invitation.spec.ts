import { childIdByName, createGuardian } from "../support/database";
import { signIn, signInAlert, signInAndLand, signOut } from "../support/sign-in";
import { expect, test } from "../support/test";

const NEW_GUARDIAN = {
  name: "Ray Johnson",
  email: "ray.johnson@example.test",
  password: "a long new password",
};

test("an invited guardian accepts the invitation from the outbox and signs in", async ({
  page,
}) => {
  const maya = await childIdByName("Maya", "Johnson");

  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto(`/children/${maya}`);
  const invite = page.locator("section", {
    has: page.getByRole("heading", { name: "Invite a family member" }),
  });
  await invite.getByLabel("Family member's name").fill(NEW_GUARDIAN.name);
  await invite.getByLabel("Email").fill(NEW_GUARDIAN.email);
  await invite.getByLabel("Relationship to Maya").selectOption("other_caregiver");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    invite.getByText(`Invitation sent to ${NEW_GUARDIAN.name} (${NEW_GUARDIAN.email})`),
  ).toBeVisible();
  await signOut(page);

  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/outbox");
  const message = page.locator("article", { hasText: NEW_GUARDIAN.email }).first();
  await expect(message).toBeVisible();
  const link = await message.getByRole("link", { name: /\/invitations\// }).getAttribute("href");
  expect(link).toBeTruthy();
  await signOut(page);

  await page.goto(new URL(link ?? "", page.url()).pathname);
  await expect(
    page.getByRole("heading", { name: "Join Maple Grove Pediatric Therapy" }),
  ).toBeVisible();
  await expect(page.getByText("for Maya")).toBeVisible();
  await page.getByLabel("Choose a password").fill(NEW_GUARDIAN.password);
  await page.getByLabel("Type the password again").fill(NEW_GUARDIAN.password);
  await page.getByRole("button", { name: "Create my account" }).click();

  await expect(page).toHaveURL(/\/sign-in\?reason=account_ready/);
  await expect(page.getByText("Your account is ready.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(NEW_GUARDIAN.email);
  await page.getByLabel("Password").fill(NEW_GUARDIAN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/family$/);
  await expect(page.getByRole("heading", { name: "Maya Johnson" })).toBeVisible();
  await signOut(page);

  await page.goto(new URL(link ?? "", page.url()).pathname);
  await expect(
    page.getByRole("heading", { name: "This invitation has already been used" }),
  ).toBeVisible();
});

test("a broken invitation link says what to do", async ({ page }) => {
  await page.goto("/invitations/this-token-does-not-exist-at-all");
  await expect(
    page.getByRole("heading", { name: "This invitation link isn't valid" }),
  ).toBeVisible();
  await expect(page.getByText("ask your clinic to send a new invitation")).toBeVisible();
});

test("a password reset from the outbox sets a new password", async ({ page }) => {
  const email = "forgetful.parent@example.test";
  await createGuardian(email);
  await page.goto("/reset-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();

  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  const message = page
    .locator("article", { hasText: email })
    .filter({ hasText: "Reset your Carryover password" })
    .first();
  // The mail is written by the job worker, a moment after the request was answered.
  await expect(async () => {
    await page.goto("/admin/outbox");
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const link = await message.getByRole("link", { name: /\/reset-password\// }).getAttribute("href");
  await signOut(page);

  await page.goto(new URL(link ?? "", page.url()).pathname);
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByLabel("Type it again").fill("a brand new password");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();
  await signIn(page, email, "carryover-demo");
  await expect(signInAlert(page)).toHaveText("Email or password is incorrect.");
  await signIn(page, email, "a brand new password");
  await expect(page).toHaveURL(/\/family$/);

  await page.goto(new URL(link ?? "", page.url()).pathname);
  await expect(
    page.getByRole("heading", { name: "This reset link has expired or was already used" }),
  ).toBeVisible();
});
