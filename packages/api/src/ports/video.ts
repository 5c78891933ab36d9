import { AccessToken, RoomServiceClient, TrackType, WebhookReceiver } from "livekit-server-sdk";

import type { VideoGrant } from "@carryover/domain/live-session";

export type VideoConfig = { url: string; apiKey: string; apiSecret: string };

/** What a LiveKit webhook told us, reduced to what attendance needs. */
export type VideoEvent = {
  id: string;
  kind: "room_started" | "room_finished" | "participant_joined" | "participant_left" | "other";
  event: string;
  /** When LiveKit says it happened; null when it did not say. */
  at: Date | null;
  roomName: string | null;
  identity: string | null;
};

/** Room administration: the only part that needs a running LiveKit server. */
export interface VideoRooms {
  muteMicrophone(room: string, identity: string): Promise<void>;
  removeParticipant(room: string, identity: string): Promise<void>;
  closeRoom(room: string): Promise<void>;
}

export interface VideoPort {
  /** The address browsers connect to. */
  readonly url: string;
  issueToken(input: {
    identity: string;
    metadata: string;
    grant: VideoGrant;
    ttlSeconds: number;
  }): Promise<string>;
  /** Verifies a webhook's signature exactly as LiveKit signs it; throws when it is missing or forged. */
  receiveWebhook(rawBody: string, authorization: string | null): Promise<VideoEvent>;
  readonly rooms: VideoRooms;
}

const KINDS = new Set(["room_started", "room_finished", "participant_joined", "participant_left"]);

/** LiveKit's room API speaks HTTP on the same host and port as its WebSocket. */
const httpUrl = (url: string) => url.replace(/^ws(s?):\/\//, "http$1://");

export function createLiveKitRooms(config: VideoConfig): VideoRooms {
  const client = new RoomServiceClient(httpUrl(config.url), config.apiKey, config.apiSecret, {
    requestTimeout: 5,
  });
  return {
    async muteMicrophone(room, identity) {
      const participant = await client.getParticipant(room, identity);
      const microphones = participant.tracks.filter((t) => t.type === TrackType.AUDIO && !t.muted);
      await Promise.all(
        microphones.map((t) => client.mutePublishedTrack(room, identity, t.sid, true)),
      );
    },
    removeParticipant: (room, identity) => client.removeParticipant(room, identity),
    closeRoom: (room) => client.deleteRoom(room),
  };
}

export function createLiveKitVideo(
  config: VideoConfig,
  rooms: VideoRooms = createLiveKitRooms(config),
): VideoPort {
  const receiver = new WebhookReceiver(config.apiKey, config.apiSecret);
  return {
    url: config.url,
    rooms,
    async issueToken({ identity, metadata, grant, ttlSeconds }) {
      const token = new AccessToken(config.apiKey, config.apiSecret, {
        identity,
        metadata,
        ttl: ttlSeconds,
      });
      token.addGrant(grant);
      return token.toJwt();
    },
    async receiveWebhook(rawBody, authorization) {
      const event = await receiver.receive(rawBody, authorization ?? undefined);
      const seconds = Number(event.createdAt);
      return {
        id: event.id,
        kind: KINDS.has(event.event) ? (event.event as VideoEvent["kind"]) : "other",
        event: event.event,
        at: seconds > 0 ? new Date(seconds * 1000) : null,
        roomName: event.room?.name ?? null,
        identity: event.participant?.identity ?? null,
      };
    },
  };
}
