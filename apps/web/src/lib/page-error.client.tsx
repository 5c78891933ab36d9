"use client";

import Link from "next/link";

import { Alert, Button, buttonClasses } from "@carryover/ui";

export type PageErrorProps = {
  error: Error & { digest?: string };
  reset: () => void;
};

/** What a section's error.tsx shows: plain words, the reference, try again, and the way home. */
export function PageError({
  error,
  reset,
  home,
  reassurance = "Nothing you saved was lost.",
  phone = false,
}: PageErrorProps & {
  home: { href: string; label: string };
  reassurance?: string;
  /** Families: one column of large buttons. */
  phone?: boolean;
}) {
  const size = phone ? "lg" : undefined;
  return (
    <div
      className={
        phone ? "mx-auto flex w-full max-w-xl flex-col gap-4" : "flex max-w-2xl flex-col gap-4"
      }
    >
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">
        This page didn&apos;t load
      </h1>
      <Alert tone="error">
        <p>Something went wrong on our side. {reassurance} Please try again in a moment.</p>
        {error.digest ? <p className="mt-1 text-sm">Reference {error.digest}</p> : null}
      </Alert>
      <div className={phone ? "flex flex-col gap-3" : "flex flex-col gap-3 sm:flex-row"}>
        <Button type="button" size={size} onClick={reset}>
          Try again
        </Button>
        <Link href={home.href} className={buttonClasses({ variant: "secondary", size })}>
          {home.label}
        </Link>
      </div>
    </div>
  );
}
