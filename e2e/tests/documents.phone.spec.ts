import { devices } from "@playwright/test";

import { childIdByName } from "../support/database";
import { APP_PORT } from "../support/environment";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

/** A few hundred bytes that file-type reads as a PDF. */
const pdfBytes = (words: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n% ${words}\n${"%".repeat(200)}\n%%EOF\n`,
  );

test("a parent on a phone uploads a school plan, opens it, and an executable renamed .pdf is refused with the reason", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const fileName = `school-plan-${stamp}.pdf`;

  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Documents" }).click();
  await expect(page.getByRole("heading", { name: "Documents", level: 1 })).toBeVisible();
  await expect(
    page.getByText("Everything shared here is kept in your child's record."),
  ).toBeVisible();

  // Jordan has two children: the upload goes in Maya's section, by keyboard-reachable labels.
  const maya = page.getByRole("region", { name: "Maya Johnson" });
  // By keyboard: the disclosure opens with Enter, and the next stop is the labelled file picker.
  await maya.getByText("Upload a document for Maya").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(maya.getByLabel("File")).toBeFocused();
  await maya.getByLabel("File").setInputFiles({
    name: fileName,
    mimeType: "application/pdf",
    buffer: pdfBytes("the IEP from school"),
  });
  await maya.getByLabel("What is it?").selectOption({ label: "School plan" });
  await maya.getByRole("button", { name: "Upload" }).click();
  await expect(maya.getByText(`${fileName} was uploaded.`)).toBeVisible();

  const listed = maya.getByRole("list", { name: "Maya Johnson's documents" });
  const link = listed.getByRole("link", { name: new RegExp(fileName) });
  await expect(link).toBeVisible();
  await expect(listed.getByRole("listitem").filter({ hasText: fileName })).toContainText(
    /School plan.*Shared by You/,
  );
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
  expect(await link.getAttribute("target")).toBe("_blank");
  const file = await page.request.get(href ?? "");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await file.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");
  await page.screenshot({ path: `${SHOTS}/documents-phone.png`, fullPage: true });

  // An executable with a PDF's name: refused from its bytes, the server's reason beside the form.
  await maya.getByLabel("File").setInputFiles({
    name: "report-card.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(4000, 0x90)]),
  });
  await maya.getByLabel("What is it?").selectOption({ label: "Medical record" });
  await maya.getByRole("button", { name: "Upload" }).click();
  await expect(maya.getByRole("alert")).toContainText("The file wasn't uploaded.");
  await expect(maya.getByRole("alert")).toContainText("This file type can't be uploaded.");
  await expect(listed.getByText("report-card.pdf")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/documents-refused-phone.png`, fullPage: true });

  // Another family's guardian: not found, whether they open it or ask for a range of it.
  const other = await browser.newContext({ ...devices["Pixel 7"] });
  const garcia = await other.newPage();
  await signInAndLand(garcia, "parent.garcia@maplegrove.test", "/family");
  const foreign = await garcia.request.get(href ?? "");
  expect(foreign.status()).toBe(404);
  expect(await foreign.text()).not.toContain("%PDF");
  await other.close();
});

test("the therapist sees the family's upload, keeps a letter from the family, then shares it", async ({
  page,
  browser,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  const stamp = Date.now().toString(36);
  const referral = `referral-${stamp}.pdf`;
  const letter = `letter-to-school-${stamp}.pdf`;

  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  const sent = await page.request.post("/api/documents", {
    headers: { origin: `http://localhost:${APP_PORT}` },
    multipart: {
      childId: mayaId,
      category: "referral",
      file: { name: referral, mimeType: "application/pdf", buffer: pdfBytes("the referral") },
    },
  });
  expect(sent.status(), await sent.text()).toBe(201);

  const laptop = await browser.newContext({
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
  });
  const therapist = await laptop.newPage();
  await signInAndLand(therapist, "ot.rivera@maplegrove.test", "/therapist");
  await therapist.goto(`/children/${mayaId}`);
  await therapist.getByRole("link", { name: "Documents" }).click();
  await expect(
    therapist.getByRole("heading", { name: "Maya's documents", level: 1 }),
  ).toBeVisible();
  const listed = therapist.getByRole("list", { name: "Maya Johnson's documents" });
  await expect(listed.getByRole("listitem").filter({ hasText: referral })).toContainText(
    "From the family",
  );

  await therapist.getByLabel("File").setInputFiles({
    name: letter,
    mimeType: "application/pdf",
    buffer: pdfBytes("a letter for school"),
  });
  await therapist.getByLabel("What is it?").selectOption({ label: "Letter" });
  await therapist.getByLabel("Share with the family").uncheck();
  await therapist.getByRole("button", { name: "Upload" }).click();
  const toggle = therapist.getByRole("checkbox", { name: `Shared with family: ${letter}` });
  await expect(toggle).not.toBeChecked();

  // Kept from the family until it is shared.
  await page.goto("/family/documents");
  const mine = page.getByRole("list", { name: "Maya Johnson's documents" });
  await expect(mine.getByText(referral)).toBeVisible();
  await expect(mine.getByText(letter)).toHaveCount(0);

  await toggle.check();
  await expect(toggle).toBeChecked();
  await expect(toggle).toBeEnabled();
  await therapist.screenshot({ path: `${SHOTS}/documents-staff-laptop.png`, fullPage: true });
  await page.reload();
  await expect(
    page
      .getByRole("list", { name: "Maya Johnson's documents" })
      .getByRole("listitem")
      .filter({ hasText: letter }),
  ).toContainText("From Maple Grove");
  await laptop.close();
});
