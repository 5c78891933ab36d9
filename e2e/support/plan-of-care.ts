import type { Page } from "@playwright/test";
import { desc, eq } from "drizzle-orm";

import {
  clinicalGoals,
  mailOutbox,
  physicianSignatureRequests,
  plansOfCare,
} from "@carryover/db/schema";

import { withDatabase } from "./database";

/** Calls a tRPC mutation as the page's signed-in person (same origin, so the app takes it). */
export async function callMutation<T>(page: Page, path: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { path, input },
  );
  if (answer.status !== 200)
    throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return (answer.body as { result: { data: { json: T } } }).result.data.json;
}

export type PlanFixture = {
  planOfCareId: string;
  /** The child's goals and the plan each belonged to before this plan took them. */
  goals: { id: string; planOfCareId: string | null }[];
};

/** A plan of care for the child, not certified, holding the child's goals (given back on removal). */
export async function createPlanOfCare(page: Page, childId: string): Promise<PlanFixture> {
  const goals = await withDatabase((db) =>
    db
      .select({ id: clinicalGoals.id, planOfCareId: clinicalGoals.planOfCareId })
      .from(clinicalGoals)
      .where(eq(clinicalGoals.childId, childId)),
  );
  const today = new Date().toISOString().slice(0, 10);
  const end = new Date(Date.now() + 80 * 86_400_000).toISOString().slice(0, 10);
  const { planOfCareId } = await callMutation<{ planOfCareId: string }>(page, "planOfCare.create", {
    childId,
    startOn: today,
    endOn: end,
    frequency: { visits: 1, per: "week", weeks: 11 },
    interventions: ["97530", "97535", "97550"],
    modalities: ["clinic"],
    homeProgramSummary:
      "15 minutes a day, 5 days a week: buttoning practice and heavy work before homework.",
    goalIds: goals.map((g) => g.id),
  });
  return { planOfCareId, goals };
}

/** The signing link the latest email to this address carries. */
export async function signingLinkSentTo(email: string): Promise<string> {
  const [mail] = await withDatabase((db) =>
    db
      .select({ text: mailOutbox.text })
      .from(mailOutbox)
      .where(eq(mailOutbox.to, email))
      .orderBy(desc(mailOutbox.createdAt))
      .limit(1),
  );
  const link = mail?.text.match(/https?:\/\/\S+\/sign\/plan-of-care\/[\w-]+/)?.[0];
  if (!link) throw new Error(`no signing link was sent to ${email}`);
  return new URL(link).pathname;
}

/** Moves the plan's signing links' expiry: to the past, or 14 days ahead again. */
export async function setSigningLinkExpired(planOfCareId: string, expired: boolean) {
  const expiresAt = new Date(Date.now() + (expired ? -1 : 14) * 86_400_000);
  await withDatabase((db) =>
    db
      .update(physicianSignatureRequests)
      .set({ expiresAt })
      .where(eq(physicianSignatureRequests.planOfCareId, planOfCareId)),
  );
}

/** Removes the plan, its links and the emails, and gives the goals back to their former plans. */
export async function removePlanOfCare(fixture: PlanFixture, email: string) {
  await withDatabase(async (db) => {
    await db.delete(mailOutbox).where(eq(mailOutbox.to, email));
    await db.delete(plansOfCare).where(eq(plansOfCare.id, fixture.planOfCareId));
    for (const goal of fixture.goals)
      await db
        .update(clinicalGoals)
        .set({ planOfCareId: goal.planOfCareId })
        .where(eq(clinicalGoals.id, goal.id));
  });
}
