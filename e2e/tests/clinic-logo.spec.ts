import { clinicLogoPng, removeClinicLogo } from "../support/clinic-logo";
import { signIn, signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

const CLINIC = "Harbor Kids OT";

test.afterAll(() => removeClinicLogo(CLINIC));

test("the admin uploads the clinic's logo (a PNG named .jpg), sees it in the header, and removes it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAndLand(page, "admin@harborkids.test", "/admin");
  await page.goto("/admin/settings");
  const section = page.getByRole("region", { name: "Clinic logo" });
  await expect(section.getByText("No logo yet")).toBeVisible();

  // An SVG named .png is refused: the bytes decide, not the name.
  await section.getByLabel("Upload logo").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(section.getByRole("alert")).toHaveText(
    "That file is not a PNG or JPEG image. Choose a PNG or JPEG.",
  );

  await section.getByLabel("Upload logo").setInputFiles({
    name: "logo.jpg",
    mimeType: "image/jpeg",
    buffer: clinicLogoPng(),
  });
  await expect(section.getByText("Logo saved.")).toBeVisible();
  await expect(section.getByRole("img", { name: CLINIC })).toBeVisible();
  const header = page.getByRole("banner");
  await expect(header.getByRole("img", { name: CLINIC })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-clinic-logo.laptop.png` });
  await section.screenshot({ path: `${SHOTS}/settings-clinic-logo-section.laptop.png` });

  const served = await page.request.get("/api/clinic/logo");
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["cache-control"]).toContain("private");
  expect(Buffer.from(await served.body()).equals(clinicLogoPng())).toBe(true);

  // Another clinic's admin has no logo of their own and never gets this one.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "admin@maplegrove.test");
  await expect(otherPage).toHaveURL(/\/admin/);
  expect((await otherPage.request.get("/api/clinic/logo")).status()).toBe(404);
  await other.close();

  await section.getByRole("button", { name: "Remove logo" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove logo" }).click();
  await expect(section.getByText("Logo removed.")).toBeVisible();
  await expect(section.getByText("No logo yet")).toBeVisible();
  await expect(header.getByRole("img", { name: CLINIC })).toHaveCount(0);
  expect((await page.request.get("/api/clinic/logo")).status()).toBe(404);
});

test("the admin sets the clinic's clock for everyone who has not chosen their own", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAndLand(page, "admin@harborkids.test", "/admin");
  await page.goto("/admin/settings");
  const clock = page.getByLabel("Clock for everyone who has not chosen their own");
  await expect(clock).toHaveValue("12h");
  await clock.selectOption({ label: "24-hour (15:40)" });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. They apply from now on.")).toBeVisible();
  await clock.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-clinic-clock.laptop.png` });
  await page.reload();
  await expect(clock).toHaveValue("24h");
  await clock.selectOption("12h");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. They apply from now on.")).toBeVisible();
});
