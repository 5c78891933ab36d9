"use client";

import Link from "next/link";

import { Alert, Button, buttonClasses } from "@carryover/ui";

export default function TherapistError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">
        This page didn&apos;t load
      </h1>
      <Alert tone="error">
        <p>
          Something went wrong on our side. Nothing you saved was lost. Please try again in a
          moment.
        </p>
        {error.digest ? <p className="mt-1 text-sm">Reference {error.digest}</p> : null}
      </Alert>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="button" onClick={reset}>
          Try again
        </Button>
        <Link href="/therapist" className={buttonClasses({ variant: "secondary" })}>
          Back to your caseload
        </Link>
      </div>
    </div>
  );
}
