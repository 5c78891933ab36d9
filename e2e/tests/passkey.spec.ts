import { createTherapist } from "../support/database";
import { signIn, signInAndLand, signOut } from "../support/sign-in";
import { expect, test } from "../support/test";

// About one run in three, the passkey pressed right after signing out lands back on "You have
// signed out" without an error (seen in CI, not yet explained; the button now waits for the page's
// script). Until that is found, this one spec may run twice (each run with its own therapist); the
// report marks such a run "flaky".
test.describe.configure({ retries: 1 });

test("a passkey made on the account page signs in instead of the password, and after it", async ({
  page,
}, testInfo) => {
  const EMAIL = `passkey.user.${testInfo.repeatEachIndex}.${testInfo.retry}@example.test`;
  // Chromium's virtual authenticator: a platform passkey that verifies its user without a prompt.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  await createTherapist(EMAIL);
  await signInAndLand(page, EMAIL, "/therapist");

  await page.goto("/account");
  await page.getByLabel("Name for a new passkey").fill("Test laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Passkey added.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove the passkey Test laptop" })).toBeVisible();
  await signOut(page);

  await page.getByRole("button", { name: "Use a passkey instead of a password" }).click();
  await expect(page).toHaveURL(/\/therapist$/);
  await signOut(page);

  await signIn(page, EMAIL);
  await expect(page.getByRole("heading", { name: "Check it's you" })).toBeVisible();
  await page.getByRole("button", { name: "Use your passkey" }).click();
  await expect(page).toHaveURL(/\/therapist$/);
});
