"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";

import { useTRPC } from "~/trpc/react.client";
import { checkVideoServer, type VideoReachability } from "./connection-check";
import { inVideoRoom } from "./room-phase";
import type { MediaChoice } from "./use-local-media.client";
import type { JoinTicket } from "./video-stage.client";

const POLL_MS = 2_000;

/** The session as the server sees it, polled, and this person's way into its video room. */
export function useLiveSessionRoom(appointmentId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const view = useQuery({
    ...trpc.liveSession.get.queryOptions({ appointmentId }),
    refetchInterval: POLL_MS,
  });
  const [choice, setChoice] = useState<MediaChoice>({
    cameraId: null,
    microphoneId: null,
    audioOnly: false,
  });
  const [reachability, setReachability] = useState<VideoReachability>("checking");
  const [joining, setJoining] = useState(false);
  const [visiting, setVisiting] = useState<string | null>(null);
  const [ticket, setTicket] = useState<JoinTicket | null>(null);
  const enter = useMutation(
    trpc.liveSession.enter.mutationOptions({
      onSuccess: () => {
        setJoining(true);
        void queryClient.invalidateQueries({
          queryKey: trpc.liveSession.get.queryKey({ appointmentId }),
        });
      },
    }),
  );
  const token = useMutation(trpc.liveSession.token.mutationOptions({ onSuccess: setTicket }));
  const session = view.data;
  // Someone waiting asked already (perhaps before a reload): admission takes them straight in.
  if (session?.admission === "waiting" && !joining) setJoining(true);
  const roomKey =
    session && inVideoRoom(session, joining)
      ? `${session.myBreakout ?? "main"}|${visiting ?? ""}`
      : null;
  const requestToken = token.mutate;
  useEffect(() => {
    if (!roomKey) return;
    requestToken({ appointmentId, breakoutRoomName: visiting ?? undefined });
  }, [roomKey, appointmentId, visiting, requestToken]);

  const onReachability = useCallback((r: VideoReachability) => setReachability(r), []);
  const retryVideo = () => {
    setReachability("checking");
    void checkVideoServer(session?.videoUrl ?? "").then(setReachability);
  };

  return {
    view,
    choice,
    setChoice,
    reachability,
    onReachability,
    retryVideo,
    joining,
    enter,
    token,
    ticket,
    visiting,
    setVisiting,
  };
}
