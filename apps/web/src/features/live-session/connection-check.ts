/** How long the lobby waits for the video server before saying it cannot be reached. */
export const VIDEO_CHECK_TIMEOUT_MS = 4_000;

export type VideoReachability = "checking" | "reachable" | "unreachable";

/** LiveKit answers HTTP on the address of its WebSocket. */
export const httpAddressOf = (videoUrl: string) => videoUrl.replace(/^ws(s?):\/\//, "http$1://");

/**
 * Whether the video server answers at all. `no-cors` because only reachability matters: any answer
 * (even one the browser hides from us) means it is there; a refused or silent address does not.
 */
export async function checkVideoServer(
  videoUrl: string,
  timeoutMs = VIDEO_CHECK_TIMEOUT_MS,
): Promise<"reachable" | "unreachable"> {
  try {
    await fetch(httpAddressOf(videoUrl), {
      mode: "no-cors",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    return "reachable";
  } catch {
    return "unreachable";
  }
}
