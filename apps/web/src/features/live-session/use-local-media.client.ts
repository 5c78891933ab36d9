"use client";

import { useEffect, useRef, useState } from "react";

export type MediaChoice = {
  cameraId: string | null;
  microphoneId: string | null;
  audioOnly: boolean;
};
export type MediaProblem = "denied" | "missing" | "other" | null;

/**
 * The lobby's own camera and microphone: a preview stream, the devices to choose from, and the
 * microphone's level (0–1) from an analyser, so a parent can see that they will be heard.
 */
export function useLocalMedia(choice: MediaChoice) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<MediaProblem>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [level, setLevel] = useState(0);
  const frame = useRef<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: MediaStream | null = null;
    let audioContext: AudioContext | null = null;
    const open = async () => {
      try {
        opened = await navigator.mediaDevices.getUserMedia({
          audio: choice.microphoneId ? { deviceId: { exact: choice.microphoneId } } : true,
          video: choice.audioOnly
            ? false
            : choice.cameraId
              ? { deviceId: { exact: choice.cameraId } }
              : { width: 640, height: 480 },
        });
        if (cancelled) return;
        setStream(opened);
        setProblem(null);
        setDevices(await navigator.mediaDevices.enumerateDevices());
        audioContext = new AudioContext();
        const analyser = audioContext.createAnalyser();
        analyser.fftSize = 512;
        audioContext.createMediaStreamSource(opened).connect(analyser);
        const samples = new Uint8Array(analyser.fftSize);
        const tick = () => {
          analyser.getByteTimeDomainData(samples);
          let peak = 0;
          for (const s of samples) peak = Math.max(peak, Math.abs(s - 128) / 128);
          setLevel((previous) => Math.max(peak, previous * 0.85));
          frame.current = requestAnimationFrame(tick);
        };
        tick();
      } catch (error) {
        if (cancelled) return;
        const name = error instanceof DOMException ? error.name : "";
        setProblem(
          name === "NotAllowedError" ? "denied" : name === "NotFoundError" ? "missing" : "other",
        );
      }
    };
    void open();
    return () => {
      cancelled = true;
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      opened?.getTracks().forEach((t) => t.stop());
      void audioContext?.close();
    };
  }, [choice.cameraId, choice.microphoneId, choice.audioOnly]);

  return {
    stream,
    problem,
    level,
    cameras: devices.filter((d) => d.kind === "videoinput"),
    microphones: devices.filter((d) => d.kind === "audioinput"),
  };
}
