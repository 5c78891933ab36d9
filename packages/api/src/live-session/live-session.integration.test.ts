import { TRPCError } from "@trpc/server";
import { count, eq } from "drizzle-orm";
import { AccessToken, TokenVerifier } from "livekit-server-sdk";
import { beforeAll, describe, expect, it } from "vitest";

import { children, clinics, liveWebhookEvents, sessionTypes } from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { ServiceDeps } from "../context";
import type { AuthSession } from "../identity/resolve-auth-session";
import { createLiveKitVideo } from "../ports/video";
import { createRecordingRooms, TEST_VIDEO, type RoomCall } from "../testing/recording-rooms";
import { callerFor, signInAs, testDeps, testMeta } from "../testing/test-context";
import { receiveVideoWebhook } from "./receive-video-webhook";

const { db } = await useTestDatabase();

type Session = AuthSession;
const MINUTE = 60_000;
// Monday 6 March 2028, 3:00 pm in Chicago: far from the demo's own sessions.
const START = new Date("2028-03-06T21:00:00Z");
let clock = new Date(+START - 5 * MINUTE);
const calls: RoomCall[] = [];
const deps = (): ServiceDeps => ({
  ...testDeps(db, () => clock),
  video: createLiveKitVideo(TEST_VIDEO, createRecordingRooms(calls)),
});

let rivera: Session;
let chen: Session;
let johnson: Session;
let grandma: Session;
let garcia: Session;
let lee: Session;
const ids = { clinic: "", coaching: "", group: "", maya: "", sofia: "" };

const as = (session: Session) => callerFor(deps(), session);

async function failure(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the call to fail");
}

async function sessionWith(childIds: string[], start: Date, typeId: string, capacity = 1) {
  const { id } = await insertSession(db, {
    clinicId: ids.clinic,
    therapistId: rivera.actor.userId,
    sessionTypeId: typeId,
    startsAt: start,
    modality: "telehealth",
    capacity,
    childIds,
  });
  return id;
}

beforeAll(async () => {
  const d = testDeps(db);
  rivera = await signInAs(d, "ot.rivera@maplegrove.test");
  chen = await signInAs(d, "ot.chen@maplegrove.test");
  johnson = await signInAs(d, "parent.johnson@maplegrove.test");
  grandma = await signInAs(d, "grandma.johnson@maplegrove.test");
  garcia = await signInAs(d, "parent.garcia@maplegrove.test");
  lee = await signInAs(d, "parent.lee@harborkids.test");
  const types = await db
    .select({ id: sessionTypes.id, kind: sessionTypes.kind, clinicId: sessionTypes.clinicId })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
  ids.clinic = types[0]?.clinicId ?? "";
  ids.coaching = types.find((t) => t.kind === "coaching")?.id ?? "";
  ids.group = types.find((t) => t.kind === "group")?.id ?? "";
  const kids = await db
    .select({ id: children.id, firstName: children.firstName })
    .from(children)
    .where(eq(children.clinicId, ids.clinic));
  ids.maya = kids.find((k) => k.firstName === "Maya")?.id ?? "";
  ids.sofia = kids.find((k) => k.firstName === "Sofia")?.id ?? "";
});

describe("entering a video session", () => {
  it("lets the guardian wait, issues a token only after the therapist admits, with least privilege and no names", async () => {
    const appointmentId = await sessionWith([ids.maya], START, ids.coaching);
    expect((await as(johnson).liveSession.enter({ appointmentId })).admission).toBe("waiting");
    // A reload asks again and keeps the place in the queue.
    expect((await as(johnson).liveSession.enter({ appointmentId })).admission).toBe("waiting");
    expect(await failure(as(johnson).liveSession.token({ appointmentId }))).toEqual({
      code: "FORBIDDEN",
      message: "The therapist hasn't let you in yet. Please wait in the lobby.",
    });

    clock = new Date(+clock + MINUTE);
    expect((await as(rivera).liveSession.enter({ appointmentId })).admission).toBe("admitted");
    const lobby = await as(rivera).liveSession.get({ appointmentId });
    expect(lobby.participants.map((p) => [p.name, p.admission])).toEqual([
      ["Jordan Johnson", "waiting"],
      ["Alex Rivera", "admitted"],
    ]);
    await as(rivera).liveSession.admit({ appointmentId });

    const { token, roomName, url } = await as(johnson).liveSession.token({ appointmentId });
    expect(url).toBe(TEST_VIDEO.url);
    const claims = await new TokenVerifier(TEST_VIDEO.apiKey, TEST_VIDEO.apiSecret).verify(token);
    expect(claims.video).toMatchObject({
      room: roomName,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
    });
    expect(claims.video?.roomAdmin).toBeFalsy();
    expect(Number(claims.exp) - Number(claims.nbf ?? clock.getTime() / 1000)).toBeLessThanOrEqual(
      600,
    );
    const view = await as(johnson).liveSession.get({ appointmentId });
    expect(claims.sub).toBe(view.identity);
    expect(JSON.parse(claims.metadata ?? "{}")).toEqual({ name: "Jordan", role: "guardian" });
    for (const text of [token, roomName, claims.sub ?? ""]) {
      expect(text).not.toMatch(/johnson|jordan|maya|@/i);
      expect(text).not.toContain(appointmentId);
    }

    const therapistClaims = await new TokenVerifier("devkey", "secret").verify(
      (await as(rivera).liveSession.token({ appointmentId })).token,
    );
    expect(therapistClaims.video).toMatchObject({ roomAdmin: true, canPublish: true });
  });

  it("answers the window in words, 404 to anyone not in the session, and 403 to a guardian turned away", async () => {
    const appointmentId = await sessionWith(
      [ids.maya],
      new Date(+START + 2 * 60 * MINUTE),
      ids.coaching,
    );
    expect(await failure(as(johnson).liveSession.enter({ appointmentId }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "This session opens at 4:50 PM CST, Mon 6 Mar.",
    });
    expect((await failure(as(garcia).liveSession.get({ appointmentId }))).code).toBe("NOT_FOUND");
    expect((await failure(as(chen).liveSession.token({ appointmentId }))).code).toBe("NOT_FOUND");
    expect((await failure(as(lee).liveSession.get({ appointmentId }))).code).toBe("NOT_FOUND");

    clock = new Date(+START + 2 * 60 * MINUTE - 10 * MINUTE);
    try {
      await as(grandma).liveSession.enter({ appointmentId });
      await as(rivera).liveSession.enter({ appointmentId });
      await as(rivera).liveSession.deny({ appointmentId, userId: grandma.actor.userId });
      expect((await failure(as(grandma).liveSession.token({ appointmentId }))).code).toBe(
        "FORBIDDEN",
      );
      expect((await failure(as(grandma).liveSession.admit({ appointmentId }))).code).toBe(
        "FORBIDDEN",
      );
    } finally {
      clock = new Date(+START - 5 * MINUTE);
    }
  });
});

describe("an observer", () => {
  it("is invited by the therapist, watches with a subscribe-only hidden token, and can change nothing", async () => {
    const start = new Date(+START + 10 * 60 * MINUTE);
    const appointmentId = await sessionWith([ids.maya], start, ids.coaching);
    clock = new Date(+start - 5 * MINUTE);
    try {
      expect((await failure(as(chen).liveSession.get({ appointmentId }))).code).toBe("NOT_FOUND");
      expect(
        (
          await failure(
            as(rivera).liveSession.inviteObserver({ appointmentId, userId: johnson.actor.userId }),
          )
        ).code,
      ).toBe("NOT_FOUND");
      await as(rivera).liveSession.inviteObserver({ appointmentId, userId: chen.actor.userId });
      const view = await as(chen).liveSession.get({ appointmentId });
      expect([view.role, view.admission]).toEqual(["observer", "admitted"]);
      const { token } = await as(chen).liveSession.token({ appointmentId });
      const claims = await new TokenVerifier(TEST_VIDEO.apiKey, TEST_VIDEO.apiSecret).verify(token);
      expect(claims.video).toMatchObject({ canSubscribe: true, hidden: true });
      expect(claims.video?.canPublish).toBeFalsy();
      expect(claims.video?.canPublishData).toBeFalsy();
      expect((await failure(as(chen).liveSession.admit({ appointmentId }))).code).toBe("FORBIDDEN");
      expect((await failure(as(chen).liveSession.note({ appointmentId, text: "x" }))).code).toBe(
        "FORBIDDEN",
      );
    } finally {
      clock = new Date(+START - 5 * MINUTE);
    }
  });
});

/** A webhook body and its Authorization header, signed the way LiveKit's server signs them. */
async function signed(event: Record<string, unknown>, secret = TEST_VIDEO.apiSecret) {
  const body = JSON.stringify(event);
  const token = new AccessToken(TEST_VIDEO.apiKey, secret);
  token.sha256 = (await import("node:crypto")).createHash("sha256").update(body).digest("base64");
  return { rawBody: body, authorization: await token.toJwt() };
}

const at = (minutes: number) => String(Math.floor((+START + minutes * MINUTE) / 1000));

describe("LiveKit webhooks", () => {
  it("turn signed joins and leaves into attendance, refuse forged ones and record a replay once", async () => {
    const appointmentId = await sessionWith(
      [ids.maya],
      new Date(+START + 4 * 60 * MINUTE),
      ids.coaching,
    );
    clock = new Date(+START + 4 * 60 * MINUTE - 5 * MINUTE);
    try {
      await as(rivera).liveSession.enter({ appointmentId });
      await as(johnson).liveSession.enter({ appointmentId });
      await as(rivera).liveSession.admit({ appointmentId });
      const { roomName } = await as(rivera).liveSession.token({ appointmentId });
      const view = await as(rivera).liveSession.get({ appointmentId });
      const identity = (name: string) => view.participants.find((p) => p.name === name)?.identity;
      const room = { name: roomName, sid: "RM_1" };
      const send = async (event: Record<string, unknown>) =>
        receiveVideoWebhook({ ...deps(), meta: testMeta() }, await signed(event));
      const participant = (name: string) => ({ identity: identity(name), sid: `PA_${name}` });
      const base = 4 * 60;

      await send({ id: "EV_start", event: "room_started", room, createdAt: at(base - 2) });
      await send({
        id: "EV_j1",
        event: "participant_joined",
        room,
        participant: participant("Alex Rivera"),
        createdAt: at(base - 2),
      });
      await send({
        id: "EV_j2",
        event: "participant_joined",
        room,
        participant: participant("Jordan Johnson"),
        createdAt: at(base),
      });
      // The parent's connection drops for five minutes and comes back.
      await send({
        id: "EV_l2",
        event: "participant_left",
        room,
        participant: participant("Jordan Johnson"),
        createdAt: at(base + 10),
      });
      const replay = await send({
        id: "EV_l2",
        event: "participant_left",
        room,
        participant: participant("Jordan Johnson"),
        createdAt: at(base + 10),
      });
      expect(replay).toEqual({ recorded: false });
      await send({
        id: "EV_j3",
        event: "participant_joined",
        room,
        participant: participant("Jordan Johnson"),
        createdAt: at(base + 15),
      });
      const rejoinReplay = await send({
        id: "EV_j3",
        event: "participant_joined",
        room,
        participant: participant("Jordan Johnson"),
        createdAt: at(base + 15),
      });
      expect(rejoinReplay).toEqual({ recorded: false });
      // No "left" arrives for anyone: the room's finish closes them.
      await send({ id: "EV_end", event: "room_finished", room, createdAt: at(base + 43) });

      const forged = await signed(
        {
          id: "EV_forged",
          event: "participant_joined",
          room,
          participant: participant("Jordan Johnson"),
          createdAt: at(base + 50),
        },
        "not-the-secret",
      );
      const before = await db.select({ n: count() }).from(liveWebhookEvents);
      for (const attempt of [
        forged,
        { ...forged, authorization: null },
        { ...forged, authorization: "Bearer nonsense" },
      ]) {
        await expect(
          receiveVideoWebhook({ ...deps(), meta: testMeta() }, attempt),
        ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      }
      expect(await db.select({ n: count() }).from(liveWebhookEvents)).toEqual(before);

      clock = new Date(+START + (base + 60) * MINUTE);
      const attendance = await as(rivera).liveSession.attendance({ appointmentId });
      expect(attendance.sessionMinutes).toBe(45);
      expect(attendance.participants.map((p) => [p.name, p.minutes, p.segments])).toEqual([
        ["Alex Rivera", 45, 1],
        ["Jordan Johnson", 38, 2],
      ]);
      expect((await failure(as(johnson).liveSession.attendance({ appointmentId }))).code).toBe(
        "FORBIDDEN",
      );
    } finally {
      clock = new Date(+START - 5 * MINUTE);
    }
  });
});

describe("a group session", () => {
  it("splits families into breakout rooms whose tokens name their own sub-room, then brings everyone back", async () => {
    const groupStart = new Date(+START + 6 * 60 * MINUTE);
    const appointmentId = await sessionWith([ids.maya, ids.sofia], groupStart, ids.group, 6);
    clock = new Date(+groupStart - 5 * MINUTE);
    try {
      for (const s of [rivera, johnson, grandma, garcia])
        await as(s).liveSession.enter({ appointmentId });
      await as(rivera).liveSession.admit({ appointmentId });
      const main = (await as(rivera).liveSession.token({ appointmentId })).roomName;

      expect(
        (
          await failure(
            as(rivera).liveSession.startBreakouts({ appointmentId, rooms: 3, minutes: 10 }),
          )
        ).message,
      ).toBe("There are fewer families in the room than breakout rooms. Choose fewer rooms.");
      const { rooms } = await as(rivera).liveSession.startBreakouts({
        appointmentId,
        rooms: 2,
        minutes: 10,
      });
      // The Johnsons (a parent and a grandparent of Maya) stay together.
      const johnsonRoom = rooms.find((r) => r.userIds.includes(johnson.actor.userId));
      expect(johnsonRoom?.userIds.sort()).toEqual(
        [johnson.actor.userId, grandma.actor.userId].sort(),
      );
      const therapistView = await as(rivera).liveSession.get({ appointmentId });
      expect(therapistView.breakouts).toHaveLength(2);

      const roomOf = async (s: Session) =>
        (await as(s).liveSession.token({ appointmentId })).roomName;
      const [johnsonsRoom, grandmasRoom, garciasRoom] = await Promise.all(
        [johnson, grandma, garcia].map(roomOf),
      );
      expect(grandmasRoom).toBe(johnsonsRoom);
      expect(garciasRoom).not.toBe(johnsonsRoom);
      expect(new Set([johnsonsRoom, garciasRoom, main]).size).toBe(3);
      expect(therapistView.breakouts.map((b) => b.roomName).sort()).toEqual(
        [johnsonsRoom, garciasRoom].sort(),
      );
      expect((await as(garcia).liveSession.get({ appointmentId })).myBreakout).toBe(
        therapistView.participants.find((p) => p.userId === garcia.actor.userId)?.breakout,
      );

      // The therapist visits the Garcias' room; a parent cannot choose a room.
      const visit = await as(rivera).liveSession.token({
        appointmentId,
        breakoutRoomName: garciasRoom,
      });
      expect(visit.roomName).toBe(garciasRoom);
      expect(
        (
          await failure(
            as(johnson).liveSession.token({ appointmentId, breakoutRoomName: garciasRoom }),
          )
        ).code,
      ).toBe("FORBIDDEN");

      await as(rivera).liveSession.endBreakouts({ appointmentId });
      expect(await roomOf(garcia)).toBe(main);
      expect(
        calls
          .filter((c) => c.action === "close")
          .map((c) => c.room)
          .sort(),
      ).toEqual([johnsonsRoom, garciasRoom].sort());
    } finally {
      clock = new Date(+START - 5 * MINUTE);
    }
  });
});

describe("the therapist's tools", () => {
  it("mutes, removes and ends through the video server, and keeps the coaching record for the draft note", async () => {
    const start = new Date(+START + 8 * 60 * MINUTE);
    const appointmentId = await sessionWith([ids.maya], start, ids.coaching);
    clock = new Date(+start + MINUTE);
    try {
      await as(rivera).liveSession.enter({ appointmentId });
      await as(johnson).liveSession.enter({ appointmentId });
      await as(rivera).liveSession.admit({ appointmentId });
      const { roomName } = await as(rivera).liveSession.token({ appointmentId });
      const parent = (await as(rivera).liveSession.get({ appointmentId })).participants.find(
        (p) => p.role === "guardian",
      );
      calls.length = 0;
      await as(rivera).liveSession.moderate({
        appointmentId,
        identity: parent?.identity ?? "",
        action: "mute",
      });
      await as(rivera).liveSession.moderate({
        appointmentId,
        identity: parent?.identity ?? "",
        action: "remove",
      });
      expect(calls).toEqual([
        { action: "mute", room: roomName, identity: parent?.identity },
        { action: "remove", room: roomName, identity: parent?.identity },
      ]);
      expect(
        (
          await failure(
            as(johnson).liveSession.moderate({
              appointmentId,
              identity: parent?.identity ?? "",
              action: "mute",
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");

      for (const kind of [
        "descriptive",
        "descriptive",
        "descriptive",
        "descriptive",
        "descriptive",
        "directive",
      ] as const)
        await as(rivera).liveSession.tally({ appointmentId, kind, step: 1 });
      await as(rivera).liveSession.timer({ appointmentId, kind: "caregiver_only" });
      clock = new Date(+clock + 10 * MINUTE);
      await as(rivera).liveSession.timer({ appointmentId, kind: "child_present" });
      clock = new Date(+clock + 20 * MINUTE);
      await as(rivera).liveSession.note({
        appointmentId,
        text: "Mum used three-finger grasp cue well",
      });
      const coaching = (await as(rivera).liveSession.get({ appointmentId })).coaching;
      expect(coaching?.commenting).toEqual({
        descriptive: 5,
        directive: 1,
        ratio: 5,
        meetsTarget: true,
      });
      expect(coaching?.timer).toEqual({
        running: "child_present",
        seconds: { child_present: 20 * 60, caregiver_only: 10 * 60 },
        service: null,
      });
      expect((await as(johnson).liveSession.get({ appointmentId })).coaching).toBeNull();

      await as(rivera).liveSession.end({ appointmentId });
      expect(calls.at(-1)).toEqual({ action: "close", room: roomName });
      expect((await failure(as(johnson).liveSession.token({ appointmentId }))).message).toBe(
        "The therapist has ended this session.",
      );
      // The family's list knows it ended, before its booked end time.
      const listed = await as(johnson).booking.list({
        from: new Date(+start - 60 * MINUTE),
        to: new Date(+start + 60 * MINUTE),
      });
      expect(listed.find((b) => b.id === appointmentId)?.liveEndedAt).toEqual(clock);
      const summary = await as(rivera).liveSession.summary({ appointmentId });
      expect(summary.draftNote).toContain("child present 20 min, caregiver only 10 min");
      expect(summary.draftNote).toContain("5 descriptive comments to 1 directions (5:1)");
      expect(summary.draftNote).toContain("- Mum used three-finger grasp cue well");
      const family = await as(johnson).liveSession.summary({ appointmentId });
      expect(family.draftNote).toBeNull();
      expect(family.children.map((c) => c.firstName)).toEqual(["Maya"]);
    } finally {
      clock = new Date(+START - 5 * MINUTE);
    }
  });
});
