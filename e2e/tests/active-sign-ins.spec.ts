import { devices, type Browser } from "@playwright/test";

import { signIn, signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const LAPTOP_FIREFOX =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

const GUARDIAN = "grandma.johnson@maplegrove.test";

async function signedInAs(browser: Browser, email: string, userAgent: string) {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await signInAndLand(page, email, "/family");
  return { context, page };
}

test("a guardian sees where they are signed in and signs another device out", async ({
  browser,
}) => {
  const laptop = await signedInAs(browser, GUARDIAN, LAPTOP_FIREFOX);
  const phone = await signedInAs(browser, GUARDIAN, IPHONE_SAFARI);

  await laptop.page.goto("/account");
  const signIns = laptop.page.getByRole("list", { name: "Your sign-ins" });
  const thisOne = signIns.getByRole("listitem").filter({ hasText: "This device" });
  await expect(thisOne).toContainText("Firefox on Windows");
  await expect(thisOne).toContainText(/Signed in today at .*, active now/);
  await expect(thisOne.getByRole("button", { name: /Sign out/ })).toHaveCount(0);
  const theIphone = signIns.getByRole("listitem").filter({ hasText: "Safari on iPhone" });
  await expect(theIphone).toContainText(/Signed in today at .*, active (just now|1 minute ago)/);

  await theIphone.getByRole("button", { name: "Sign out Safari on iPhone" }).click();
  const confirm = laptop.page.getByRole("dialog", { name: "Sign out Safari on iPhone?" });
  await confirm.getByRole("button", { name: "Sign out" }).click();
  await expect(laptop.page.getByText("Safari on iPhone is signed out.")).toBeVisible();
  await expect(theIphone).toHaveCount(0);
  await expect(thisOne).toBeVisible();

  await phone.page.goto("/family");
  await expect(phone.page).toHaveURL(/\/sign-in\?reason=signed_out/);
  await laptop.page.reload();
  await expect(laptop.page).toHaveURL(/\/account$/);

  await laptop.context.close();
  await phone.context.close();
});

test("the account page reads at a glance on a phone and a laptop", async ({ browser }) => {
  const laptop = await signedInAs(browser, GUARDIAN, LAPTOP_FIREFOX);
  await signedInAs(browser, GUARDIAN, IPHONE_SAFARI);
  await laptop.page.goto("/account");
  await expect(laptop.page.getByRole("list", { name: "Your sign-ins" })).toContainText(
    "Safari on iPhone",
  );
  await laptop.page.screenshot({ path: "test-results/account-laptop.png", fullPage: true });

  const phoneContext = await browser.newContext({ ...devices["Pixel 7"] });
  const phone = await phoneContext.newPage();
  await signInAndLand(phone, GUARDIAN, "/family");
  await phone.goto("/account");
  const onThePhone = phone.getByRole("list", { name: "Your sign-ins" });
  await expect(onThePhone.getByRole("listitem").first()).toContainText(
    "Chrome on AndroidThis device",
  );
  await expect(onThePhone).toContainText("Firefox on Windows");
  await phone.screenshot({ path: "test-results/account-phone.png", fullPage: true });
  await phoneContext.close();
});

test("an admin sees a failed sign-in among the sign-in events, with its address and device", async ({
  browser,
  page,
}) => {
  const stranger = await browser.newContext({ userAgent: IPHONE_SAFARI });
  const guess = await stranger.newPage();
  await signIn(guess, "parent.garcia@maplegrove.test", "a wrong guess");
  await expect(guess.locator("form").getByRole("alert")).toContainText("incorrect");
  await stranger.close();

  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/audit?group=sign_ins");
  await expect(page.getByLabel("Kind of event")).toHaveValue("sign_ins");
  const failed = page
    .getByRole("row")
    .filter({ hasText: "Lucía Garcia failed to sign in (wrong email or password)" })
    .first();
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("Safari on iPhone");
  await expect(page.getByRole("row").filter({ hasText: /viewed .*'s? record/ })).toHaveCount(0);
});
