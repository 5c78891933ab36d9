import { randomBytes } from "node:crypto";
import {
  AudioSource,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackPublishOptions,
  TrackSource,
} from "@livekit/rtc-node";
import { afterEach, describe, expect, inject, it } from "vitest";

import { grantsFor, TOKEN_TTL_SECONDS, type LiveRole } from "@carryover/domain/live-session";

import { createLiveKitRooms, createLiveKitVideo, type VideoConfig } from "../ports/video";

import "../testing/live-kit-context";

const config: VideoConfig = inject("liveKit");

if (!config.url)
  console.info(
    "Live video suite SKIPPED: LIVEKIT_TEST_URL is not set. Start `livekit-server --dev` and run with LIVEKIT_TEST_URL=ws://localhost:7880 to connect real participants.",
  );

const rooms: Room[] = [];
afterEach(async () => {
  await Promise.all(rooms.splice(0).map((r) => r.disconnect()));
});

const opaque = (prefix: string) => `${prefix}_${randomBytes(9).toString("base64url")}`;

/** A real participant: connects with a token our port issued, as the app would hand it out. */
async function join(roomName: string, role: LiveRole, name: string) {
  const video = createLiveKitVideo(config);
  const identity = opaque("p");
  const token = await video.issueToken({
    identity,
    metadata: JSON.stringify({ name, role }),
    grant: grantsFor(role, roomName),
    ttlSeconds: TOKEN_TTL_SECONDS,
  });
  const room = new Room();
  rooms.push(room);
  await room.connect(config.url, token, { autoSubscribe: true, dynacast: false });
  return { room, identity };
}

async function publishMicrophone(room: Room) {
  const source = new AudioSource(48_000, 1);
  const track = LocalAudioTrack.createAudioTrack("microphone", source);
  return room.localParticipant?.publishTrack(
    track,
    new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
  );
}

const eventually = async (check: () => boolean, what: string, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.skipIf(!config.url)("a live LiveKit server at LIVEKIT_TEST_URL", () => {
  it("lets the therapist and a guardian meet, with display names from metadata only", async () => {
    const roomName = opaque("room");
    const therapist = await join(roomName, "therapist", "Alex");
    const guardian = await join(roomName, "guardian", "Jordan");
    await publishMicrophone(guardian.room);
    await eventually(
      () => therapist.room.remoteParticipants.get(guardian.identity)?.trackPublications.size === 1,
      "the guardian's microphone to reach the therapist",
    );
    const seen = therapist.room.remoteParticipants.get(guardian.identity);
    expect(JSON.parse(seen?.metadata ?? "{}")).toEqual({ name: "Jordan", role: "guardian" });
    expect(seen?.name ?? "").toBe("");
  });

  it("lets an observer watch without being seen", async () => {
    const roomName = opaque("room");
    const therapist = await join(roomName, "therapist", "Alex");
    const guardian = await join(roomName, "guardian", "Jordan");
    const observer = await join(roomName, "observer", "Sam");
    await publishMicrophone(guardian.room);
    await eventually(
      () => observer.room.remoteParticipants.get(guardian.identity)?.trackPublications.size === 1,
      "the guardian's microphone to reach the observer",
    );
    expect(therapist.room.remoteParticipants.has(observer.identity)).toBe(false);
    expect(guardian.room.remoteParticipants.has(observer.identity)).toBe(false);
  });

  it("mutes, removes and closes through the room API the app uses", async () => {
    const roomName = opaque("room");
    const therapist = await join(roomName, "therapist", "Alex");
    const guardian = await join(roomName, "guardian", "Jordan");
    await publishMicrophone(guardian.room);
    const admin = createLiveKitRooms(config);
    let muted = false;
    therapist.room.on(RoomEvent.TrackMuted, (_publication, participant) => {
      if (participant.identity === guardian.identity) muted = true;
    });
    await eventually(
      () => therapist.room.remoteParticipants.get(guardian.identity)?.trackPublications.size === 1,
      "the guardian's microphone",
    );
    await admin.muteMicrophone(roomName, guardian.identity);
    await eventually(() => muted, "the mute to reach the therapist");

    let removed = false;
    guardian.room.on(RoomEvent.Disconnected, () => (removed = true));
    await admin.removeParticipant(roomName, guardian.identity);
    await eventually(() => removed, "the guardian to be removed");

    let closed = false;
    therapist.room.on(RoomEvent.Disconnected, () => (closed = true));
    await admin.closeRoom(roomName);
    await eventually(() => closed, "the room to close for the therapist");
  });
});
