import { signIn, signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

test("the sign-in page lists the demo accounts in demo mode", async ({ page }) => {
  await page.goto("/sign-in");
  const demo = page
    .getByRole("region", { name: "Demo accounts" })
    .or(page.locator("section", { hasText: "Demo accounts" }));
  await expect(demo.getByText("admin@maplegrove.test")).toBeVisible();
  await expect(demo.getByText("parent.lee@harborkids.test")).toBeVisible();
});

test("the sign-in form takes a therapist to their caseload", async ({ page }) => {
  await signIn(page, "ot.rivera@maplegrove.test");
  await expect(page).toHaveURL(/\/therapist$/);
  await expect(page.getByRole("list", { name: "Children on your caseload" })).toBeVisible();
});

test("a clinic admin lands on the admin overview of their clinic", async ({ page }) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await expect(page.getByText("Maple Grove Pediatric Therapy").first()).toBeVisible();
  await page.getByRole("link", { name: "Staff" }).first().click();
  await expect(page.getByRole("cell", { name: /Alex Rivera/ }).first()).toBeVisible();
});

test("a therapist lands on their caseload", async ({ page }) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  const caseload = page.getByRole("list", { name: "Children on your caseload" });
  await expect(caseload.getByText("Maya Johnson")).toBeVisible();
  await expect(caseload.getByText("Sofia Garcia")).toBeVisible();
  await expect(caseload.getByText("Eli Johnson")).toHaveCount(0);
  await caseload.getByText("Maya Johnson").click();
  await expect(page.getByRole("heading", { level: 1, name: "Maya Johnson" })).toBeVisible();
  await expect(page.getByText("Patricia Johnson")).toBeVisible();
});

test("a guardian lands on their children", async ({ page }) => {
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await expect(page.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Maya Johnson" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Eli Johnson" })).toBeVisible();
  await expect(page.getByText("Sofia Garcia")).toHaveCount(0);
});

test("a guardian of the other clinic sees only their own child", async ({ page }) => {
  await signInAndLand(page, "parent.lee@harborkids.test", "/family");
  await expect(page.getByRole("heading", { name: "Noah Lee" })).toBeVisible();
  await expect(page.getByText("Maya Johnson")).toHaveCount(0);
});

test("signing out ends the session", async ({ page }) => {
  await signInAndLand(page, "ot.chen@maplegrove.test", "/therapist");
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed_out/);
  await page.goto("/therapist");
  await expect(page).toHaveURL(/\/sign-in/);
});
