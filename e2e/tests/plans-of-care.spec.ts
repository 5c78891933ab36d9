import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("an admin sees every plan of care's status in one list, most pressing first", async ({
  page,
}) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.getByRole("link", { name: "All plans of care" }).click();
  await expect(page.getByRole("heading", { name: "Plans of care", level: 1 })).toBeVisible();
  const views = page.getByRole("navigation", { name: "Show plans" });
  await expect(views.getByRole("link", { name: /Needs attention/ })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // The demo clinic: Eli's plan was never certified, Sofia's ends within two weeks.
  const table = page.getByRole("table", { name: "Needs attention" });
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("Certification overdue");
  await expect(table.getByRole("row", { name: /Eli/ })).toContainText("Was due");
  await expect(table.getByRole("row", { name: /Sofia/ })).toContainText("Recertification due");
  await expect(table.getByText("Certified", { exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/plans-of-care-attention-laptop.png`, fullPage: true });

  await views.getByRole("link", { name: /Certified/ }).click();
  await expect(page).toHaveURL(/\?show=certified$/);
  const certified = page.getByRole("table", { name: "Certified" });
  await expect(certified.getByRole("row", { name: /Maya/ })).toContainText("Certified");

  await certified.getByRole("link", { name: /Maya/ }).first().click();
  await expect(page).toHaveURL(/\/children\/[\w-]+\/chart\?tab=plans$/);
  await expect(page.getByRole("heading", { name: "Plans of care", level: 2 })).toBeVisible();
});
