import Link from "next/link";

import { buttonClasses } from "@carryover/ui";

/** What every 404 says; each not-found file puts it inside the one `main` its layout has. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 py-10">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold">We couldn&apos;t find that page</h1>
      <p className="text-stone-700">
        The link may be old, or the record belongs to someone else. If you expected to see it, ask
        your clinic.
      </p>
      <Link href="/" className={buttonClasses({ className: "self-start" })}>
        Go to my home page
      </Link>
    </div>
  );
}
