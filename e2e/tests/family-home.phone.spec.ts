import { eq } from "drizzle-orm";

import { ensureConversation, insertMessage } from "@carryover/db/queries";
import { children } from "@carryover/db/schema";

import { withDatabase } from "../support/database";
import { johnsonChild } from "../support/fees";
import { sendForm } from "../support/forms";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

/** A message from the child's therapist the family has not read. */
async function messageFromTherapist(childId: string, body: string) {
  await withDatabase((db) =>
    db.transaction(async (tx) => {
      const [child] = await tx.select().from(children).where(eq(children.id, childId));
      if (!child) throw new Error("no such child");
      const conversation = await ensureConversation(tx, { clinicId: child.clinicId, childId });
      await insertMessage(tx, {
        conversationId: conversation.id,
        clinicId: child.clinicId,
        childId,
        authorId: child.primaryTherapistId,
        side: "staff",
        body,
        createdAt: new Date(),
      });
    }),
  );
}

test("a family's home on a phone puts what needs them first: the form to sign, the unread message, then practice", async ({
  page,
}) => {
  const childId = await johnsonChild("Hazel");
  const formId = await sendForm(childId, "photo_video_consent");
  await messageFromTherapist(childId, "Hazel did so well today. How was bedtime?");

  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  const needs = page.getByRole("region", { name: "What needs you" });
  await expect(needs).toBeVisible();
  const items = needs.getByRole("listitem");
  const texts = await items.allInnerTexts();
  const at = (pattern: RegExp) => texts.findIndex((text) => pattern.test(text));
  const form = at(/To sign[\s\S]*for Hazel Johnson/);
  const message = at(/1 new message about Hazel Johnson/);
  const practice = at(/Hazel's practice for today/);
  expect(form, "Hazel's form is on Home").toBeGreaterThanOrEqual(0);
  const lastForm = texts.findLastIndex((text) => /To sign/.test(text));
  expect(message, "the unread message comes after every form").toBeGreaterThan(lastForm);
  expect(practice, "practice comes after the messages").toBeGreaterThan(message);
  expect(texts[0], "a form to sign is the first thing").toMatch(/To sign/);
  await page.screenshot({ path: `${SHOTS}/family-home-phone.png`, fullPage: true });

  // Each is one tap from what it asks.
  await needs
    .getByRole("link", { name: /for Hazel Johnson/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/family/forms/${formId}$`));
  await page.goBack();
  await needs.getByRole("link", { name: /1 new message about Hazel Johnson/ }).click();
  await expect(page).toHaveURL(new RegExp(`/family/messages/${childId}$`));
  await expect(page.getByText("Hazel did so well today. How was bedtime?")).toBeVisible();

  // Read, the message leaves Home.
  await page.goto("/family");
  await expect(page.getByRole("region", { name: "What needs you" })).not.toContainText(
    "new message about Hazel Johnson",
  );
});
