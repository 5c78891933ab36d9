import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import {
  auditEvents,
  childDiagnoses,
  children,
  mailOutbox,
  physicianSignatureRequests,
  plansOfCare,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";
import { addDays, localDateOf } from "@carryover/domain/scheduling";

import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";
import { canonicalJson } from "./plan-of-care-view";
import { planOfCareForSigningWithLogo } from "./plan-pdf-for-signing";

const { db } = await useTestDatabase();
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

type Session = AuthSession;
let rivera: Session;
let admin: Session;
let harborAdmin: Session;
let mayaId: string;

const ZONE = "America/Chicago";
const NPI = "1234567893";
const PHYSICIAN_EMAIL = "dr.patel@clinic.test";

const today = () => localDateOf(new Date(), ZONE);

const planInput = (childId: string, startOn: string, endOn: string, goalIds: string[] = []) => ({
  childId,
  startOn,
  endOn,
  frequency: { visits: 1, per: "week" as const, weeks: 12 },
  interventions: ["97530" as const, "97535" as const],
  modalities: ["telehealth" as const],
  homeProgramSummary: "Buttoning ladder and heavy work after school, 15 minutes 5 days a week.",
  goalIds,
});

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  const cause = error.cause instanceof AppError ? error.cause : null;
  return { code: error.code, message: error.message, field: cause?.details.field };
}

beforeAll(async () => {
  const deps = testDeps(db);
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  admin = await signInAs(deps, "admin@maplegrove.test");
  harborAdmin = await signInAs(deps, "admin@harborkids.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
});

/** A plan of Maya's with one goal, sent to the physician: the token from the mailed link. */
async function sentPlan(tx: Queryable, now: () => Date = () => new Date()) {
  const therapist = callerFor(testDeps(tx, now), rivera);
  const { goalId } = await therapist.goal.create({
    childId: mayaId,
    term: "long",
    statement: {
      who: "Maya",
      does: "will button a shirt on her lap",
      howWell: "with no more than one verbal prompt in 4 of 5 mornings",
      byWhen: "within 12 weeks",
    },
    familyWording: "Button her own shirt",
  });
  const start = localDateOf(now(), ZONE);
  const { planOfCareId } = await therapist.planOfCare.create(
    planInput(mayaId, start, addDays(start, 83), [goalId]),
  );
  await therapist.planOfCare.requestSignature({ planOfCareId, email: PHYSICIAN_EMAIL });
  const [mail] = await tx
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, PHYSICIAN_EMAIL))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const token = mail?.text.match(/\/sign\/plan-of-care\/([\w-]+)/)?.[1];
  if (!mail || !token) throw new Error("no signing link was mailed");
  return { planOfCareId, goalId, token, mail };
}

const signature = (token: string, signedOn = today()) => ({
  token,
  physicianName: "Anita Patel, MD",
  npi: NPI,
  signedOn,
  attest: true as const,
});

describe("planOfCare.create", () => {
  it("refuses a plan over 90 days with a 400 naming endOn and the latest end allowed", async () => {
    const outcome = await refusal(
      callerFor(testDeps(db), rivera).planOfCare.create(
        planInput(mayaId, "2026-03-01", "2026-05-30"),
      ),
    );
    expect(outcome).toMatchObject({ code: "BAD_REQUEST", field: "endOn" });
    expect(outcome.message).toContain("2026-05-29");
  });
});

describe("the physician's signing link", () => {
  it("mails a link that names the child by first name and initial only, and no diagnosis", async () => {
    await rolledBack(db, async (tx) => {
      await tx.insert(childDiagnoses).values({
        clinicId: rivera.actor.clinicId,
        childId: mayaId,
        kind: "treatment",
        code: "F82",
        description: "Developmental coordination disorder",
      });
      const { mail, planOfCareId } = await sentPlan(tx);
      expect(mail.text).toContain("Maya J.");
      expect(mail.text).not.toContain("Johnson");
      expect(mail.text).not.toContain("F82");
      expect(mail.text).not.toContain("button");
      expect(mail.text).toContain("http://carryover.test/sign/plan-of-care/");
      const plans = await callerFor(testDeps(tx), rivera).planOfCare.list({ childId: mayaId });
      expect(plans.find((p) => p.id === planOfCareId)?.status).toBe("awaiting_signature");
    });
  });

  it("without an email and without a referral's, is a 400 naming email", async () => {
    await rolledBack(db, async (tx) => {
      const therapist = callerFor(testDeps(tx), rivera);
      const { planOfCareId } = await therapist.planOfCare.create(
        planInput(mayaId, today(), addDays(today(), 30)),
      );
      expect(await refusal(therapist.planOfCare.requestSignature({ planOfCareId }))).toMatchObject({
        code: "BAD_REQUEST",
        field: "email",
      });
    });
  });

  it("shows the document whose hash it stored, signs once, then answers already signed", async () => {
    await rolledBack(db, async (tx) => {
      await tx.insert(childDiagnoses).values({
        clinicId: rivera.actor.clinicId,
        childId: mayaId,
        kind: "treatment",
        code: "F82",
        description: "Developmental coordination disorder",
      });
      const { token, planOfCareId } = await sentPlan(tx);
      const physician = callerFor(
        testDeps(tx),
        null,
        testMeta({ ip: "203.0.113.7", requestId: "physician" }),
      );
      const shown = await physician.planOfCare.forSigning({ token });
      if (shown.state !== "ready") throw new Error(`the link is ${shown.state}`);
      // The clinic's id is for the server's PDF only: the link's answer names no id.
      expect(shown).not.toHaveProperty("clinicId");
      const forPdf = await planOfCareForSigningWithLogo(
        { ...testDeps(tx), meta: testMeta({ ip: "203.0.113.8", requestId: "physician-pdf" }) },
        { token },
      );
      expect(forPdf).toMatchObject({ state: "ready", document: shown.document, logo: null });
      expect(forPdf).not.toHaveProperty("clinicId");
      expect(shown.document).toMatchObject({
        clinic: { name: "Maple Grove Pediatric Therapy", phone: "(555) 010-2000" },
        child: { name: "Maya Johnson" },
        diagnoses: [{ code: "F82" }],
        frequency: "1× weekly for 12 weeks",
        interventions: [
          { code: "97530", label: "Therapeutic activities" },
          { code: "97535", label: "Self-care and home management training" },
        ],
        goals: [
          {
            term: "long",
            sentence:
              "Maya will button a shirt on her lap with no more than one verbal prompt in 4 of 5 mornings within 12 weeks.",
          },
        ],
      });
      const [stored] = await tx
        .select()
        .from(physicianSignatureRequests)
        .where(eq(physicianSignatureRequests.planOfCareId, planOfCareId));
      const shownHash = createHash("sha256").update(canonicalJson(shown.document)).digest("hex");
      expect(stored?.documentSha256).toBe(shownHash);
      expect(shown.documentSha256).toBe(shownHash);
      expect(stored?.tokenHash).not.toContain(token);

      expect(
        await refusal(physician.planOfCare.sign(signature(token, addDays(today(), -1)))),
      ).toMatchObject({ code: "BAD_REQUEST", field: "signedOn" });

      const signed = await physician.planOfCare.sign(signature(token));
      expect(signed).toEqual({ certifiedOn: today(), documentSha256: shownHash });
      const [plan] = await tx.select().from(plansOfCare).where(eq(plansOfCare.id, planOfCareId));
      expect(plan?.certifiedOn).toBe(today());
      expect(plan?.certification).toMatchObject({
        method: "link",
        physicianName: "Anita Patel, MD",
        physicianNpi: NPI,
        ip: "203.0.113.7",
        documentSha256: shownHash,
      });

      const again = await refusal(physician.planOfCare.sign(signature(token)));
      expect(again.code).toBe("CONFLICT");
      expect(again.message).toContain("already signed");
      expect(await physician.planOfCare.forSigning({ token })).toEqual({
        state: "signed",
        clinic: { name: "Maple Grove Pediatric Therapy", phone: "(555) 010-2000" },
      });

      const audited = await tx
        .select({ action: auditEvents.action, actorId: auditEvents.actorId })
        .from(auditEvents)
        .where(and(eq(auditEvents.requestId, "physician"), eq(auditEvents.entityId, mayaId)));
      expect(audited).toEqual([
        { action: "plan_of_care.physician_view", actorId: null },
        { action: "plan_of_care.sign", actorId: null },
      ]);

      // Certified: no more edits, a recertification instead, from the day after the end.
      const therapist = callerFor(testDeps(tx), rivera);
      const view = await therapist.planOfCare.get({ planOfCareId });
      expect(view).toMatchObject({ status: "certified", frequencyWords: "1× weekly for 12 weeks" });
      const edit = await refusal(
        therapist.planOfCare.update({
          planOfCareId,
          version: view.version,
          homeProgramSummary: "x",
        }),
      );
      expect(edit.code).toBe("CONFLICT");
      expect(edit.message).toContain("Start a recertification instead");
      const next = await therapist.planOfCare.recertify({
        planOfCareId,
        endOn: addDays(view.endOn, 60),
      });
      const recertified = await therapist.planOfCare.get({ planOfCareId: next.planOfCareId });
      expect(recertified).toMatchObject({
        previousId: planOfCareId,
        startOn: addDays(view.endOn, 1),
        goals: [{ term: "long" }],
      });
    });
  });

  it("lets only one of two submissions at the same moment sign", async () => {
    const { token, planOfCareId } = await sentPlan(db);
    const physician = () => callerFor(testDeps(db), null);
    const outcomes = await Promise.allSettled([
      physician().planOfCare.sign(signature(token)),
      physician().planOfCare.sign(signature(token)),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT" });
    const [used] = await db
      .select({ usedAt: physicianSignatureRequests.usedAt })
      .from(physicianSignatureRequests)
      .where(eq(physicianSignatureRequests.planOfCareId, planOfCareId));
    expect(used?.usedAt).toBeInstanceOf(Date);
  });

  it("says an expired link has expired, with the clinic's phone", async () => {
    await rolledBack(db, async (tx) => {
      const { token } = await sentPlan(tx);
      const later = new Date(Date.now() + 15 * 86_400_000);
      const physician = callerFor(
        testDeps(tx, () => later),
        null,
      );
      expect(await physician.planOfCare.forSigning({ token })).toEqual({
        state: "expired",
        clinic: { name: "Maple Grove Pediatric Therapy", phone: "(555) 010-2000" },
      });
      const refused = await refusal(
        physician.planOfCare.sign(signature(token, localDateOf(later, ZONE))),
      );
      expect(refused.code).toBe("PRECONDITION_FAILED");
      expect(refused.message).toBe(
        "This link has expired — ask Maple Grove Pediatric Therapy at (555) 010-2000 for a new one.",
      );
    });
  });

  it("confirms nothing about a child for an unknown link", async () => {
    const physician = callerFor(testDeps(db), null);
    const token = "x".repeat(43);
    expect(await physician.planOfCare.forSigning({ token })).toEqual({ state: "unknown" });
    const refused = await refusal(physician.planOfCare.sign(signature(token)));
    expect(refused.code).toBe("NOT_FOUND");
    expect(refused.message).not.toContain("Maple");
  });

  it("records a signed copy by hand", async () => {
    await rolledBack(db, async (tx) => {
      const { planOfCareId } = await sentPlan(tx);
      await callerFor(testDeps(tx), admin).planOfCare.recordSignedCopy({
        planOfCareId,
        physicianName: "Anita Patel, MD",
        signedCopyOn: today(),
      });
      const view = await callerFor(testDeps(tx), rivera).planOfCare.get({ planOfCareId });
      expect(view.certification).toMatchObject({ method: "by_hand", signedCopyOn: today() });
    });
  });
});

describe("another clinic's admin", () => {
  it("gets NOT_FOUND on every plan-of-care procedure taking an id", async () => {
    await rolledBack(db, async (tx) => {
      const { planOfCareId, goalId } = await sentPlan(tx);
      const harbor = callerFor(testDeps(tx), harborAdmin);
      const outcomes = [
        await refusal(harbor.planOfCare.list({ childId: mayaId })),
        await refusal(harbor.planOfCare.get({ planOfCareId })),
        await refusal(harbor.planOfCare.create(planInput(mayaId, today(), today(), [goalId]))),
        await refusal(
          harbor.planOfCare.update({ planOfCareId, version: 1, homeProgramSummary: "" }),
        ),
        await refusal(harbor.planOfCare.recertify({ planOfCareId, endOn: addDays(today(), 120) })),
        await refusal(harbor.planOfCare.requestSignature({ planOfCareId, email: PHYSICIAN_EMAIL })),
        await refusal(
          harbor.planOfCare.recordSignedCopy({
            planOfCareId,
            physicianName: "Anita Patel",
            signedCopyOn: today(),
          }),
        ),
      ];
      expect(outcomes.map((o) => o.code)).toEqual(Array(7).fill("NOT_FOUND"));
      expect(await harbor.planOfCare.list()).toEqual([]);
    });
  });
});
