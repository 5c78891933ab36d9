import Link from "next/link";

import { buttonClasses } from "@carryover/ui";

export default function NotFound() {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-4 p-6"
    >
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold">We couldn't find that page</h1>
      <p className="text-stone-700">
        The link may be old, or the record belongs to someone else. If you expected to see it, ask
        your clinic.
      </p>
      <Link href="/" className={buttonClasses({ className: "self-start" })}>
        Go to my home page
      </Link>
    </main>
  );
}
