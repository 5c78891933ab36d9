import type { VideoConfig, VideoRooms } from "../ports/video";

/** The development defaults of `livekit-server --dev`; tokens and webhooks are real with them. */
export const TEST_VIDEO: VideoConfig = {
  url: "ws://127.0.0.1:7880",
  apiKey: "devkey",
  apiSecret: "secret",
};

export type RoomCall = { action: "mute" | "remove" | "close"; room: string; identity?: string };

/**
 * Room administration needs a running LiveKit server, which these machines cannot run: this stand-in
 * records what was asked of it. `live-video.live.test.ts` exercises the real server when configured.
 */
export function createRecordingRooms(calls: RoomCall[] = []): VideoRooms & { calls: RoomCall[] } {
  const record = (call: RoomCall) => {
    calls.push(call);
    return Promise.resolve();
  };
  return {
    calls,
    muteMicrophone: (room, identity) => record({ action: "mute", room, identity }),
    removeParticipant: (room, identity) => record({ action: "remove", room, identity }),
    closeRoom: (room) => record({ action: "close", room }),
  };
}
