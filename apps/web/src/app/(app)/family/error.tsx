"use client";

import Link from "next/link";

import { Alert, Button, buttonClasses } from "@carryover/ui";

export default function FamilyError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">
        This page didn&apos;t load
      </h1>
      <Alert tone="error">
        <p>
          Something went wrong on our side. Your sessions are as you left them. Please try again in
          a moment.
        </p>
        {error.digest ? <p className="mt-1 text-sm">Reference {error.digest}</p> : null}
      </Alert>
      <Button type="button" size="lg" onClick={reset}>
        Try again
      </Button>
      <Link href="/family" className={buttonClasses({ variant: "secondary", size: "lg" })}>
        Back to my children
      </Link>
    </div>
  );
}
