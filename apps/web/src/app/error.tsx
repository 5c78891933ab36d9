"use client";

import { Button } from "@carryover/ui";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-4 p-6"
    >
      <h1 className="text-2xl font-semibold">Something went wrong on our side</h1>
      <p className="text-stone-700">Nothing you entered was lost. Please try again in a moment.</p>
      {error.digest ? <p className="text-sm text-stone-600">Reference {error.digest}</p> : null}
      <Button className="self-start" onClick={reset}>
        Try again
      </Button>
    </main>
  );
}
