import type { ReactNode } from "react";

import { Logo } from "@carryover/ui";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-10 sm:py-16">
      <p className="mb-8 text-lg text-brand-800">
        <Logo markClassName="size-8" />
      </p>
      <main id="main" className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}
