import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

test("a Maple Grove guardian opening a Harbor Kids child's page gets 404", async ({ page }) => {
  const noah = await childIdByName("Noah", "Lee");
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  const response = await page.goto(`/children/${noah}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByText("Noah")).toHaveCount(0);
});

test("a guardian opening another family's child in the same clinic gets 404", async ({ page }) => {
  const sofia = await childIdByName("Sofia", "Garcia");
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  const response = await page.goto(`/children/${sofia}`);
  expect(response?.status()).toBe(404);
});

test("a guardian can open their own child's page", async ({ page }) => {
  const maya = await childIdByName("Maya", "Johnson");
  await signInAndLand(page, "grandma.johnson@maplegrove.test", "/family");
  const response = await page.goto(`/children/${maya}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Maya Johnson" })).toBeVisible();
});

test("invalid input to a procedure answers 400 naming the field, without a stack trace", async ({
  page,
  request,
}) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  const response = await page.request.get(
    `/api/trpc/child.get?input=${encodeURIComponent(JSON.stringify({ json: { childId: "not-a-uuid" } }))}`,
  );
  expect(response.status()).toBe(400);
  const body = await response.text();
  expect(body).toContain("childId");
  expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
  const anonymous = await request.get(`/api/trpc/child.list`);
  expect(anonymous.status()).toBe(401);
});
