"use client";

import { useSearchParams } from "next/navigation";

/** Changes the page's query string without a server round trip; useSearchParams follows it. */
export function pushSearchParams(updates: Record<string, string | null>) {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(updates)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  window.history.pushState(null, "", url);
}

export function useSearchParam(name: string): string | null {
  return useSearchParams().get(name);
}
