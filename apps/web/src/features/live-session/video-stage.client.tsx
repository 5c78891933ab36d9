"use client";

import "@livekit/components-styles";

import {
  CarouselLayout,
  ConnectionQualityIndicator,
  ConnectionStateToast,
  ControlBar,
  FocusLayout,
  FocusLayoutContainer,
  GridLayout,
  isTrackReference,
  LiveKitRoom,
  ParticipantTile,
  RoomAudioRenderer,
  TrackMutedIndicator,
  useEnsureTrackRef,
  useSpeakingParticipants,
  useTracks,
  VideoTrack,
} from "@livekit/components-react";
import { Track } from "livekit-client";
import { useState } from "react";

import { Alert, Button } from "@carryover/ui";

import type { MediaChoice } from "./use-local-media.client";

export type JoinTicket = { token: string; url: string; roomName: string };
export type StageLayout = "grid" | "speaker";

/** The name shown on a tile: from the participant's metadata (LiveKit itself holds no names). */
export function displayNameOf(metadata: string | undefined) {
  try {
    const parsed = JSON.parse(metadata ?? "{}") as { name?: unknown; role?: unknown };
    const name = typeof parsed.name === "string" ? parsed.name : "Guest";
    return parsed.role === "therapist" ? `${name} (therapist)` : name;
  } catch {
    return "Guest";
  }
}

function Tile() {
  const trackRef = useEnsureTrackRef();
  const name = displayNameOf(trackRef.participant.metadata);
  const showsVideo =
    isTrackReference(trackRef) && !trackRef.publication.isMuted && trackRef.publication.track;
  return (
    <>
      {showsVideo ? (
        <VideoTrack trackRef={trackRef} />
      ) : (
        <div className="flex h-full items-center justify-center bg-stone-800 text-3xl font-semibold text-stone-100">
          {name.slice(0, 1)}
        </div>
      )}
      <div className="lk-participant-metadata">
        <div className="lk-participant-metadata-item">
          <TrackMutedIndicator
            trackRef={{ participant: trackRef.participant, source: Track.Source.Microphone }}
            show="muted"
          />
          <span className="lk-participant-name">{name}</span>
        </div>
        <ConnectionQualityIndicator className="lk-participant-metadata-item" />
      </div>
    </>
  );
}

function Stage({
  layout,
  spotlightIdentity,
}: {
  layout: StageLayout;
  spotlightIdentity: string | null;
}) {
  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { onlySubscribed: false },
  );
  const speaking = useSpeakingParticipants();
  const screen = tracks.find((t) => t.source === Track.Source.ScreenShare);
  const spotlit = tracks.find(
    (t) => t.source === Track.Source.Camera && t.participant.identity === spotlightIdentity,
  );
  const loudest = tracks.find(
    (t) => t.source === Track.Source.Camera && t.participant.identity === speaking[0]?.identity,
  );
  const focus = screen ?? spotlit ?? (layout === "speaker" ? (loudest ?? tracks[0]) : undefined);
  if (!focus)
    return (
      <GridLayout tracks={tracks} className="h-full">
        <ParticipantTile>
          <Tile />
        </ParticipantTile>
      </GridLayout>
    );
  return (
    <FocusLayoutContainer className="h-full">
      <CarouselLayout tracks={tracks.filter((t) => t !== focus)}>
        <ParticipantTile>
          <Tile />
        </ParticipantTile>
      </CarouselLayout>
      <FocusLayout trackRef={focus}>
        <Tile />
      </FocusLayout>
    </FocusLayoutContainer>
  );
}

/**
 * The video call. When the video server cannot be reached it says so in plain words within seconds;
 * the rest of the page (the home program, the coaching tools) keeps working.
 */
export function VideoStage({
  ticket,
  choice,
  spotlightIdentity,
  canPublish,
  unreachable,
  onRetry,
}: {
  ticket: JoinTicket;
  /** The devices chosen in the lobby. */
  choice: MediaChoice;
  spotlightIdentity: string | null;
  canPublish: boolean;
  unreachable: boolean;
  onRetry: () => void;
}) {
  const [layout, setLayout] = useState<StageLayout>("grid");
  const [failed, setFailed] = useState(false);
  const [ended, setEnded] = useState(false);
  if (unreachable || failed)
    return (
      <div className="flex h-full min-h-64 flex-col items-center justify-center gap-4 rounded-xl bg-stone-900 p-6 text-center">
        <Alert tone="error" title="We can't reach the video server">
          <p>
            Video can't connect right now. Check your internet connection and try again. You can
            keep using the home program beside the video in the meantime.
          </p>
        </Alert>
        <Button type="button" variant="secondary" onClick={() => (setFailed(false), onRetry())}>
          Try video again
        </Button>
      </div>
    );
  if (ended)
    return (
      <div className="flex h-full min-h-64 flex-col items-center justify-center gap-4 rounded-xl bg-stone-900 p-6 text-center text-stone-100">
        <p>You have left the video.</p>
        <Button type="button" variant="secondary" onClick={() => setEnded(false)}>
          Rejoin the video
        </Button>
      </div>
    );
  return (
    <LiveKitRoom
      key={ticket.token}
      serverUrl={ticket.url}
      token={ticket.token}
      connect
      audio={canPublish && (choice.microphoneId ? { deviceId: choice.microphoneId } : true)}
      video={
        canPublish && !choice.audioOnly && (choice.cameraId ? { deviceId: choice.cameraId } : true)
      }
      options={{ adaptiveStream: true, dynacast: true }}
      connectOptions={{ websocketTimeout: 5_000, peerConnectionTimeout: 10_000 }}
      onError={() => setFailed(true)}
      onDisconnected={(reason) => {
        // A reason means the server or the user ended it; none means the connection never came up.
        if (reason === undefined) setFailed(true);
        else setEnded(true);
      }}
      data-lk-theme="default"
      className="flex h-full min-h-[22rem] flex-col overflow-hidden rounded-xl"
    >
      <div className="flex items-center justify-end gap-2 bg-stone-900 px-3 py-2">
        <span id="layout-label" className="text-sm text-stone-200">
          Layout
        </span>
        <div role="group" aria-labelledby="layout-label" className="flex gap-1">
          {(["grid", "speaker"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={layout === option}
              onClick={() => setLayout(option)}
              className="min-h-11 rounded-md px-3 text-sm text-stone-100 aria-pressed:bg-stone-700"
            >
              {option === "grid" ? "Grid" : "Speaker"}
            </button>
          ))}
        </div>
      </div>
      <div className="min-h-0 flex-1">
        <Stage layout={layout} spotlightIdentity={spotlightIdentity} />
      </div>
      <ControlBar
        controls={{
          microphone: canPublish,
          camera: canPublish,
          screenShare: canPublish,
          chat: false,
          leave: true,
        }}
        variation="minimal"
      />
      <RoomAudioRenderer />
      <ConnectionStateToast />
    </LiveKitRoom>
  );
}
