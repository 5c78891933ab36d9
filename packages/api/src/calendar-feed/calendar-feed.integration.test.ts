import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";

import type { Tx } from "@carryover/db";
import {
  auditEvents,
  calendarFeeds,
  children,
  clinics,
  memberships,
  sessionTypes,
  users,
} from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";
import { readCalendarFeed } from "./read-calendar-feed";

const { db } = await useTestDatabase();

type Session = AuthSession;
const now = new Date("2027-01-06T18:00:00Z");
const deps = (q: Parameters<typeof testDeps>[0]) => testDeps(q, () => now);
const DAY = 86_400_000;

let johnson: Session;
let garcia: Session;
let rivera: Session;
let admin: Session;
const ids = { maya: "", eli: "", sofia: "", rivera: "", chen: "", clinic: "", coaching: "" };

beforeAll(async () => {
  const signInDeps = testDeps(db);
  johnson = await signInAs(signInDeps, "parent.johnson@maplegrove.test");
  garcia = await signInAs(signInDeps, "parent.garcia@maplegrove.test");
  rivera = await signInAs(signInDeps, "ot.rivera@maplegrove.test");
  admin = await signInAs(signInDeps, "admin@maplegrove.test");
  const child = async (firstName: string) => {
    const [row] = await db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.firstName, firstName));
    return row?.id ?? "";
  };
  const [chen] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "ot.chen@maplegrove.test"));
  const [coaching] = await db
    .select({ id: sessionTypes.id, clinicId: clinics.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(
      and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "coaching")),
    );
  Object.assign(ids, {
    maya: await child("Maya"),
    eli: await child("Eli"),
    sofia: await child("Sofia"),
    rivera: rivera.actor.userId,
    chen: chen?.id ?? "",
    clinic: coaching?.clinicId ?? "",
    coaching: coaching?.id ?? "",
  });
});

/** A 45-minute session written directly, so times in the past and any zone are possible. */
async function session(
  tx: Tx,
  s: {
    childId: string;
    therapistId: string;
    start: string;
    timeZone: string;
    modality?: "telehealth" | "in_home";
    status?: "scheduled" | "cancelled";
  },
) {
  return insertSession(tx, {
    clinicId: ids.clinic,
    therapistId: s.therapistId,
    sessionTypeId: ids.coaching,
    startsAt: new Date(s.start),
    timeZone: s.timeZone,
    modality: s.modality ?? "telehealth",
    status: s.status ?? "scheduled",
    childIds: [s.childId],
  });
}

/** Maya's and Eli's sessions (the Johnsons'), Sofia's (the Garcias'), and some that never show. */
async function seedSessions(tx: Tx) {
  const maya = await session(tx, {
    childId: ids.maya,
    therapistId: ids.rivera,
    start: "2027-01-20T22:00:00Z", // Wednesday 4:00 pm CST
    timeZone: "America/Chicago",
  });
  const eli = await session(tx, {
    childId: ids.eli,
    therapistId: ids.chen,
    start: "2027-03-16T14:00:00Z", // Tuesday 10:00 am EDT, after the spring change
    timeZone: "America/New_York",
    modality: "in_home",
  });
  const sofia = await session(tx, {
    childId: ids.sofia,
    therapistId: ids.rivera,
    start: "2027-01-21T22:00:00Z",
    timeZone: "America/Chicago",
  });
  const mayaEarlier = await session(tx, {
    childId: ids.maya,
    therapistId: ids.rivera,
    start: "2026-12-30T15:00:00Z", // a week ago: inside the 30 days back
    timeZone: "America/Chicago",
  });
  await session(tx, {
    childId: ids.maya,
    therapistId: ids.rivera,
    start: "2027-01-22T22:00:00Z",
    timeZone: "America/Chicago",
    status: "cancelled",
  });
  await session(tx, {
    childId: ids.maya,
    therapistId: ids.rivera,
    start: new Date(+now - 31 * DAY).toISOString(),
    timeZone: "America/Chicago",
  });
  await session(tx, {
    childId: ids.maya,
    therapistId: ids.rivera,
    start: new Date(+now + 181 * DAY).toISOString(),
    timeZone: "America/Chicago",
  });
  return { maya, eli, sofia, mayaEarlier };
}

const tokenOf = (url: string) => url.split("/").at(-1) ?? "";

async function feedFor(tx: Tx, actor: Session) {
  const { url } = await callerFor(deps(tx), actor).calendarFeed.create();
  return { url, token: tokenOf(url) };
}

function parseFeed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const zones = calendar.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  return { zones: zones.map((z) => String(z.getFirstPropertyValue("tzid"))), events };
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => null).catch((e: unknown) => e);

describe("a guardian's calendar feed", () => {
  it("holds exactly their children's non-cancelled sessions in the window, on each session's clock", async () => {
    await rolledBack(db, async (tx) => {
      const seeded = await seedSessions(tx);
      const { url, token } = await feedFor(tx, johnson);
      expect(url).toMatch(/^http:\/\/carryover\.test\/api\/calendar\/[\w-]{43}\.ics$/);

      const { ics } = await readCalendarFeed(deps(tx), testMeta(), { token });
      const { zones, events } = parseFeed(ics);
      const expected = [seeded.mayaEarlier, seeded.maya, seeded.eli];
      expect(events.map((e) => e.uid)).toEqual(expected.map((s) => s.id));
      expect(zones.sort()).toEqual(["America/Chicago", "America/New_York"]);
      for (const [i, event] of events.entries()) {
        const stored = expected[i];
        expect(event.startDate.toJSDate().toISOString()).toBe(stored?.startsAt.toISOString());
        expect(event.endDate.toJSDate().toISOString()).toBe(
          new Date(+(stored?.startsAt ?? 0) + 45 * 60_000).toISOString(),
        );
      }
      expect(
        events.map((e) => e.component.getFirstProperty("dtstart")?.getParameter("tzid")),
      ).toEqual(["America/Chicago", "America/Chicago", "America/New_York"]);
      expect(events.map((e) => e.startDate.toString())).toEqual([
        "2026-12-30T09:00:00",
        "2027-01-20T16:00:00",
        "2027-03-16T10:00:00",
      ]);
      expect(events.map((e) => [e.summary, e.location])).toEqual([
        ["OT session with Alex", "Video session"],
        ["OT session with Alex", "Video session"],
        ["OT session with Mei", "Home visit"],
      ]);
      expect(ics).not.toMatch(/Maya|Eli|Sofia|Johnson|Garcia|Rivera|Chen/);
      expect(ics).not.toContain(seeded.sofia.id);
    });
  });

  it("never holds another family's sessions", async () => {
    await rolledBack(db, async (tx) => {
      const seeded = await seedSessions(tx);
      const { token } = await feedFor(tx, garcia);
      const { events } = parseFeed((await readCalendarFeed(deps(tx), testMeta(), { token })).ics);
      expect(events.map((e) => e.uid)).toEqual([seeded.sofia.id]);
    });
  });

  it("counts a move in SEQUENCE and stamps it, so calendars update the event", async () => {
    await rolledBack(db, async (tx) => {
      const seeded = await seedSessions(tx);
      const { token } = await feedFor(tx, johnson);
      const before = parseFeed((await readCalendarFeed(deps(tx), testMeta(), { token })).ics);
      const maya = () => {
        const event = before.events.find((e) => e.uid === seeded.maya.id);
        if (!event) throw new Error("Maya's session is missing");
        return event;
      };
      expect(maya().sequence).toBe(0);

      await callerFor(deps(tx), johnson).booking.reschedule({
        appointmentId: seeded.maya.id,
        start: new Date("2027-01-20T21:00:00Z"),
      });
      const after = parseFeed((await readCalendarFeed(deps(tx), testMeta(), { token })).ics);
      const moved = after.events.find((e) => e.uid === seeded.maya.id);
      expect(moved?.sequence).toBe(1);
      expect(moved?.startDate.toString()).toBe("2027-01-20T15:00:00");
      expect(after.events).toHaveLength(before.events.length);
    });
  });
});

describe("a therapist's calendar feed", () => {
  it("holds the sessions they hold, for every family, and no colleague's", async () => {
    await rolledBack(db, async (tx) => {
      const seeded = await seedSessions(tx);
      const { token } = await feedFor(tx, rivera);
      const { events } = parseFeed((await readCalendarFeed(deps(tx), testMeta(), { token })).ics);
      expect(events.map((e) => e.uid)).toEqual([
        seeded.mayaEarlier.id,
        seeded.maya.id,
        seeded.sofia.id,
      ]);
    });
  });
});

describe("the feed address", () => {
  it("is shown once: afterwards only whether there is one", async () => {
    await rolledBack(db, async (tx) => {
      const caller = callerFor(deps(tx), johnson);
      expect(await caller.calendarFeed.get()).toEqual({ active: false, createdAt: null });
      await caller.calendarFeed.create();
      const state = await caller.calendarFeed.get();
      expect(Object.keys(state).sort()).toEqual(["active", "createdAt"]);
      expect(state.active).toBe(true);
      const [stored] = await tx.select().from(calendarFeeds);
      expect(stored?.tokenHash).toMatch(/^[\w-]{43}$/);
    });
  });

  it("stops working when revoked, and a replaced address stops when the new one starts", async () => {
    await rolledBack(db, async (tx) => {
      const caller = callerFor(deps(tx), johnson);
      const first = await feedFor(tx, johnson);
      const second = await caller.calendarFeed.create();
      expect(second.replaced).toBe(true);
      const replacedError = await errorOf(
        readCalendarFeed(deps(tx), testMeta(), { token: first.token }),
      );
      expect(replacedError).toBeInstanceOf(AppError);
      expect((replacedError as AppError).code).toBe("NOT_FOUND");
      await readCalendarFeed(deps(tx), testMeta(), { token: tokenOf(second.url) });

      expect(await caller.calendarFeed.revoke()).toEqual({ revoked: true });
      const revokedError = await errorOf(
        readCalendarFeed(deps(tx), testMeta(), { token: tokenOf(second.url) }),
      );
      expect((revokedError as AppError).code).toBe("NOT_FOUND");
      expect(await caller.calendarFeed.revoke()).toEqual({ revoked: false });
      expect(await caller.calendarFeed.get()).toEqual({ active: false, createdAt: null });

      const actions = await tx
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.entityType, "calendar_feed"));
      expect(actions.map((a) => a.action).sort()).toEqual([
        "calendar_feed.create",
        "calendar_feed.create",
        "calendar_feed.read",
        "calendar_feed.revoke",
        "calendar_feed.revoke",
      ]);
    });
  });

  it("finds nothing for an unknown token or an owner who left the clinic", async () => {
    await rolledBack(db, async (tx) => {
      const unknown = await errorOf(
        readCalendarFeed(deps(tx), testMeta(), { token: "x".repeat(43) }),
      );
      expect((unknown as AppError).code).toBe("NOT_FOUND");
      const { token } = await feedFor(tx, johnson);
      await tx
        .update(memberships)
        .set({ deactivatedAt: now })
        .where(eq(memberships.userId, johnson.actor.userId));
      const left = await errorOf(readCalendarFeed(deps(tx), testMeta(), { token }));
      expect((left as AppError).code).toBe("NOT_FOUND");
    });
  });

  it("is not offered to clinic admins, who hold no sessions", async () => {
    const error = await errorOf(callerFor(deps(db), admin).calendarFeed.create());
    expect((error as { code?: string }).code).toBe("FORBIDDEN");
  });
});
