import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  cardPayments,
  guardianLinks,
  ledgerEntries,
  mailOutbox,
  statements,
  users,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { ServiceDeps } from "../context";
import type { AuthSession } from "../identity/resolve-auth-session";
import {
  createStandInPayments,
  intentEventBody,
  signEvent,
  STAND_IN_CARDS,
  type StandInPayments,
} from "../ports/stand-in-payments";
import { createStripePayments } from "../ports/stripe-payments";
import { callerFor, signInAs, testDeps, testMeta } from "../testing/test-context";
import { issueMonthlyStatements } from "./monthly-statements";
import { payWithStandIn, receivePaymentEvent } from "./settle-card-payment";

const { db } = await useTestDatabase();
let admin: AuthSession;
let parent: AuthSession;
/** A demo child whose plan paid a visit and left a copay, and the guardian who sees the bills. */
let childId = "";
let parentEmail = "";

const WEBHOOK_SECRET = "whsec_test_family_money";
const stripe = createStripePayments({
  secretKey: "sk_test_unused",
  publishableKey: "pk_test_unused",
  webhookSecret: WEBHOOK_SECRET,
});

async function outcome<T>(work: Promise<T>) {
  try {
    return { ok: await work };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

const familyBalance = async (id = childId) =>
  (
    await db
      .select({ cents: sql<number>`coalesce(sum(${ledgerEntries.cents}), 0)::int` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.childId, id), eq(ledgerEntries.party, "family")))
  )[0]?.cents ?? 0;

const cardPaymentEntries = async (cardPaymentId: string) =>
  db.select().from(ledgerEntries).where(eq(ledgerEntries.cardPaymentId, cardPaymentId));

function withStandIn(): { deps: ServiceDeps; standIn: StandInPayments } {
  const standIn = createStandInPayments();
  return { deps: { ...testDeps(db), payments: standIn }, standIn };
}

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  const [copay] = await db.execute<{ childId: string; email: string }>(sql`
    select e.child_id as "childId", u.email
    from ledger_entries e
    join guardian_links g on g.child_id = e.child_id and g.can_see_billing
    join users u on u.id = g.guardian_id
    where e.party = 'family' and e.kind = 'transfer' and e.reason_code = '3'
    order by u.email limit 1`);
  if (!copay) throw new Error("the demo has no copay on a family's balance");
  ({ childId, email: parentEmail } = copay);
  parent = await signInAs(testDeps(db), parentEmail);
});

describe("statement.current", () => {
  it("tells the family in plain words what the plan paid and why the rest is theirs", async () => {
    const statement = await callerFor(testDeps(db), parent).statement.current({ childId });
    const copayVisit = statement.lines.find(
      (line) => line.kind === "visit" && line.shares.some((s) => s.words === "your copay"),
    );
    expect(copayVisit && "sentence" in copayVisit ? copayVisit.sentence : "").toMatch(
      /^Your plan paid \$[\d,]+\.\d\d; \$[\d,]+\.\d\d is your copay/,
    );
    expect(statement.balanceCents).toBe(await familyBalance());
    expect(statement.lines.reduce((sum, line) => sum + line.cents, 0)).toBe(statement.balanceCents);
  });

  it("asks a guardian the clinic has not shared the bills with to ask", async () => {
    const [other] = await db
      .select({ email: users.email })
      .from(guardianLinks)
      .innerJoin(users, eq(users.id, guardianLinks.guardianId))
      .where(and(eq(guardianLinks.childId, childId), eq(guardianLinks.canSeeBilling, false)));
    if (!other?.email) return expect.fail("the demo child has one guardian only");
    const session = await signInAs(testDeps(db), other.email);
    const answer = await outcome(callerFor(testDeps(db), session).statement.current({ childId }));
    expect(answer).toEqual({
      code: "FORBIDDEN",
      message:
        "The clinic has not shared this child's bills with you. Ask the guardian who pays them, or the clinic.",
    });
  });
});

describe("card payments through the stand-in", () => {
  it("posts a payment once when the webhook and the family's return both report it", async () => {
    const { deps, standIn } = withStandIn();
    const before = await familyBalance();
    const started = await callerFor(deps, parent).payment.start({ childId, amountCents: 500 });
    const [confirmed] = await Promise.all([
      callerFor(deps, parent).payment.confirm({ paymentId: started.paymentId }),
      payWithStandIn(
        { ...deps, meta: testMeta() },
        {
          clientSecret: started.clientSecret,
          cardNumber: STAND_IN_CARDS.charged,
        },
      ),
    ]);
    // The return may have asked before the card was charged: ask again, as the page does.
    const settled =
      confirmed.status === "pending"
        ? await callerFor(deps, parent).payment.confirm({ paymentId: started.paymentId })
        : confirmed;
    expect(settled).toMatchObject({ status: "succeeded", cardLast4: "4242" });
    expect(settled.receiptNumber).toBeGreaterThan(7000);
    expect(await cardPaymentEntries(started.paymentId)).toHaveLength(1);
    expect(await familyBalance()).toBe(before - 500);
    expect(standIn.provider).toBe("stand-in");
  });

  it("records a declined card with its reason and posts nothing", async () => {
    const { deps } = withStandIn();
    const started = await callerFor(deps, parent).payment.start({ childId, amountCents: 300 });
    await payWithStandIn(
      { ...deps, meta: testMeta() },
      {
        clientSecret: started.clientSecret,
        cardNumber: STAND_IN_CARDS.declined,
      },
    );
    const settled = await callerFor(deps, parent).payment.confirm({ paymentId: started.paymentId });
    expect(settled).toMatchObject({ status: "failed", failure: "Your card was declined." });
    expect(await cardPaymentEntries(started.paymentId)).toHaveLength(0);
  });

  it("keeps a card only with the guardian's yes, and pays with it next time", async () => {
    const { deps } = withStandIn();
    const started = await callerFor(deps, parent).payment.start({
      childId,
      amountCents: 100,
      saveCard: true,
    });
    await payWithStandIn(
      { ...deps, meta: testMeta() },
      {
        clientSecret: started.clientSecret,
        cardNumber: STAND_IN_CARDS.charged,
      },
    );
    const { savedCards } = await callerFor(deps, parent).payment.options({ childId });
    const [kept] = savedCards;
    expect(kept).toMatchObject({ brand: "visa", last4: "4242" });
    if (!kept) return;
    const again = await callerFor(deps, parent).payment.start({
      childId,
      amountCents: 100,
      savedCardId: kept.id,
    });
    const paid = await callerFor(deps, parent).payment.confirm({ paymentId: again.paymentId });
    expect(paid.status).toBe("succeeded");
    await callerFor(deps, parent).payment.forgetCard({ savedCardId: kept.id });
    expect((await callerFor(deps, parent).payment.options({ childId })).savedCards).toEqual([]);
  });

  it("says online payment is unavailable when the provider is, and keeps nothing", async () => {
    const { deps, standIn } = withStandIn();
    standIn.setUnreachable(true);
    const count = async () => (await db.select().from(cardPayments)).length;
    const before = await count();
    const answer = await outcome(
      callerFor(deps, parent).payment.start({ childId, amountCents: 100 }),
    );
    expect(answer).toEqual({
      code: "SERVICE_UNAVAILABLE",
      message:
        "Online payment is unavailable right now; nothing was charged. Please try again later.",
    });
    expect(await count()).toBe(before);
  });

  it("refuses more than is owed, and says so when online payment is off", async () => {
    const { deps } = withStandIn();
    const owed = await familyBalance();
    const tooMuch = await outcome(
      callerFor(deps, parent).payment.start({ childId, amountCents: owed + 1 }),
    );
    expect(tooMuch).toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    const off = await outcome(
      callerFor({ ...deps, payments: null }, parent).payment.start({ childId, amountCents: 100 }),
    );
    expect(off).toEqual({
      code: "PRECONDITION_FAILED",
      message:
        "Online payment is off at this clinic. Pay at the front desk by cash, check or card.",
    });
  });
});

describe("POST /api/webhooks/stripe (the Stripe adapter's signature check)", () => {
  async function pendingStripePayment(providerPaymentId: string, amountCents: number) {
    const [row] = await db
      .insert(cardPayments)
      .values({
        clinicId: admin.actor.clinicId,
        childId,
        guardianId: parent.actor.userId,
        provider: "stripe",
        providerPaymentId,
        amountCents,
      })
      .returning({ id: cardPayments.id });
    if (!row) throw new Error("no card payment inserted");
    return row.id;
  }
  const succeeded = (id: string, reference: string, amountCents: number, eventId: string) =>
    intentEventBody(
      {
        id,
        status: "succeeded",
        amountCents,
        reference,
        card: null,
        savedCard: null,
        failure: null,
      },
      eventId,
    );
  const deps = () => ({ ...testDeps(db), payments: stripe, meta: testMeta() });

  it("accepts an event signed with the SDK once; a replay posts nothing", async () => {
    const reference = await pendingStripePayment("pi_webhook_1", 700);
    const body = succeeded("pi_webhook_1", reference, 700, "evt_webhook_1");
    const signature = signEvent(body, WEBHOOK_SECRET);
    expect(await receivePaymentEvent(deps(), body, signature)).toBe("processed");
    expect(await receivePaymentEvent(deps(), body, signature)).toBe("replayed");
    expect(await cardPaymentEntries(reference)).toHaveLength(1);
  });

  it("refuses a forged, an altered and a stale event, and records nothing", async () => {
    const reference = await pendingStripePayment("pi_webhook_2", 800);
    const body = succeeded("pi_webhook_2", reference, 800, "evt_webhook_2");
    const forged = signEvent(body, "whsec_someone_else");
    const altered = body.replace("800", "8000");
    const stale = signEvent(body, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 3600);
    for (const [raw, signature] of [
      [body, forged],
      [altered, signEvent(body, WEBHOOK_SECRET)],
      [body, stale],
      [body, null],
    ] as const)
      await expect(receivePaymentEvent(deps(), raw, signature)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    expect(await cardPaymentEntries(reference)).toHaveLength(0);
  });
});

describe("the family's balance", () => {
  it("equals the sum of its entries after 200 concurrent random postings", async () => {
    const { deps } = withStandIn();
    const staff = callerFor(deps, admin);
    const family = callerFor(deps, parent);
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const cents = () => 100 + Math.floor(random() * 5_000);
    const postings = Array.from({ length: 200 }, (_, i) => {
      const pick = random();
      if (pick < 0.3)
        return staff.ledger.recordPayment({ childId, cents: cents(), method: "cash" });
      if (pick < 0.55)
        return staff.invoice.create({
          childId,
          items: [{ description: `Item ${i}`, cents: cents() }],
          dueOn: "2030-01-31",
        });
      if (pick < 0.7) return staff.ledger.refund({ childId, cents: cents() });
      if (pick < 0.85)
        return staff.ledger.writeOff({ childId, party: "family", cents: cents(), memo: "Test" });
      return family.payment.start({ childId, amountCents: cents() }).then((started) =>
        payWithStandIn(
          { ...deps, meta: testMeta() },
          {
            clientSecret: started.clientSecret,
            cardNumber: STAND_IN_CARDS.charged,
          },
        ),
      );
    });
    const settled = await Promise.allSettled(postings);
    // Refunds and write-offs larger than the account allows are refused; most postings land.
    expect(settled.filter((p) => p.status === "fulfilled").length).toBeGreaterThan(120);
    const statement = await family.statement.current({ childId });
    const [sums] = await db.execute<{ cents: number }>(sql`
      select cents::int as cents from ledger_account_sums
      where child_id = ${childId} and party = 'family'`);
    const balance = await familyBalance();
    expect(statement.balanceCents).toBe(balance);
    expect(statement.lines.reduce((sum, line) => sum + line.cents, 0)).toBe(balance);
    expect(sums?.cents).toBe(balance);
    expect((await staff.ledger.child({ childId })).balances.family).toBe(balance);
  });
});

describe("invoices", () => {
  it("charges an invoice's total to the family and voids it once", async () => {
    const staff = callerFor(testDeps(db), admin);
    const before = await familyBalance();
    const { invoiceId, number } = await staff.invoice.create({
      childId,
      items: [
        { description: "Evaluation", cents: 18_000 },
        { description: "Therapy visit", serviceOn: "2026-11-02", cents: 12_000 },
      ],
      dueOn: "2030-01-31",
    });
    expect(await familyBalance()).toBe(before + 30_000);
    const listed = await callerFor(testDeps(db), parent).invoice.list({ childId });
    expect(listed.find((i) => i.id === invoiceId)).toMatchObject({ number, owedCents: 30_000 });
    await staff.invoice.void({ invoiceId, reason: "Entered twice" });
    expect(await familyBalance()).toBe(before);
    expect(await outcome(staff.invoice.void({ invoiceId, reason: "Again" }))).toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("the monthly statement run", () => {
  it("keeps a statement for each family owing and emails a link with no amounts, once", async () => {
    await db.delete(statements);
    const firstOfMonth = () => new Date("2027-01-01T18:00:00Z");
    const deps = { ...testDeps(db), now: firstOfMonth };
    const outboxBefore = (await db.select().from(mailOutbox)).length;
    const { emailed } = await issueMonthlyStatements(deps);
    expect(emailed).toBeGreaterThan(0);
    const mail = (await db.select().from(mailOutbox)).slice(outboxBefore);
    expect(mail).toHaveLength(emailed);
    const toParent = mail.find((m) => m.to === parentEmail);
    expect(toParent?.text).toMatch(/\/family\/billing\/statements\/[0-9a-f-]{36}/);
    expect(mail.every((m) => !/\$|\d+\.\d\d/.test(m.text))).toBe(true);
    expect((await issueMonthlyStatements(deps)).emailed).toBe(0);
    const notFirst = await issueMonthlyStatements({
      ...deps,
      now: () => new Date("2027-01-02T18:00:00Z"),
    });
    expect(notFirst.emailed).toBe(0);
  });
});
