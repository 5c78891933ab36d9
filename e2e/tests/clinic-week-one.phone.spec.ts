import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("a guardian adds an emergency contact on a phone, and the child's therapist sees it", async ({
  page,
}) => {
  const eliId = await childIdByName("Eli", "Johnson");
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.goto(`/children/${eliId}`);
  const card = page
    .getByRole("region", { name: "Emergency contact" })
    .or(
      page
        .locator("section")
        .filter({ has: page.getByRole("heading", { name: "Emergency contact" }) }),
    );
  await card.getByRole("button", { name: "Add an emergency contact" }).click();
  const form = page.getByRole("form", { name: "Emergency contact" });
  await form.getByLabel("Name").fill("Rosa Diaz");
  await form.getByLabel("Relationship to the child").fill("Aunt");
  await form.getByLabel("Phone").fill("call me");
  await form.getByRole("button", { name: "Save emergency contact" }).click();
  await expect(form.getByLabel("Phone")).toHaveAccessibleDescription(/Use digits/);
  await expect(form.getByLabel("Phone")).toBeFocused();
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/family-emergency-contact-form-phone.png` });

  await form.getByLabel("Phone").fill("(555) 010-0199");
  await form.getByRole("button", { name: "Save emergency contact" }).click();
  await expect(page.getByText("Emergency contact saved.")).toBeVisible();
  await expect(page.getByRole("link", { name: "(555) 010-0199" })).toHaveAttribute(
    "href",
    "tel:5550100199",
  );
  await page.screenshot({ path: `${SHOTS}/family-emergency-contact-saved-phone.png` });

  await page.context().clearCookies();
  await signInAndLand(page, "ot.chen@maplegrove.test", "/therapist");
  await page.goto(`/children/${eliId}`);
  await expect(page.getByText("Rosa Diaz")).toBeVisible();
  await expect(page.getByText(/by Jordan Johnson/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Change emergency contact" })).toBeVisible();
});
