import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The family's own time zone, from the browser; null while rendering on the server. */
export function useFamilyTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, () => null);
}
