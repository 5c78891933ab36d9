import { clinicLogoPng, removeClinicLogo, setClinicLogo } from "../support/clinic-logo";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

const CLINIC = "Harbor Kids OT";

test.afterAll(() => removeClinicLogo(CLINIC));

test("a family sees its clinic's logo at the top of its home", async ({ page }) => {
  await setClinicLogo(CLINIC, clinicLogoPng());
  await signInAndLand(page, "parent.lee@harborkids.test", "/family");
  const logos = page.getByRole("img", { name: CLINIC });
  await expect(logos).toHaveCount(2);
  for (const logo of await logos.all())
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
  await page.screenshot({
    path: `${SHOTS}/family-home-clinic-logo.phone.png`,
    fullPage: true,
  });
});
