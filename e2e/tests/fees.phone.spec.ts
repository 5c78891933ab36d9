import { evaluationSoon, feesOf, johnsonChild } from "../support/fees";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;

test("a guardian on a phone sees the late-cancellation fee before confirming, and it is on their balance after", async ({
  page,
}) => {
  await johnsonChild("Ivy");
  const { id: appointmentId } = await evaluationSoon("Ivy");
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.getByRole("link", { name: "My sessions" }).first().click();
  const session = page
    .getByRole("listitem", { name: /^Evaluation, / })
    .filter({ hasText: "for Ivy" });
  await expect(session).toContainText("Booked");
  await session.getByRole("button", { name: "Cancel" }).click();

  const dialog = page.getByRole("dialog", { name: "Cancel this session?" });
  await expect(dialog).toContainText(
    "Cancelling now is a late cancellation (less than 24 hours before): a $40.00 fee will be added to your balance.",
  );
  await dialog.getByLabel("Why are you cancelling?").fill("Ivy has a fever");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/fees-late-cancel-phone.png`, fullPage: true });
  await dialog.getByRole("button", { name: "Cancel anyway" }).click();

  await expect(
    page.getByText("Session cancelled. It counts as a late cancellation."),
  ).toBeVisible();
  await expect(
    page.getByText("A $40.00 late-cancellation fee was added to your balance."),
  ).toBeVisible();
  if (SHOTS)
    await page.screenshot({ path: `${SHOTS}/fees-late-cancelled-phone.png`, fullPage: true });
  const fees = await feesOf(appointmentId);
  expect(fees).toEqual([{ cents: 4_000, party: "family" }]);
});
