import type { ReactNode } from "react";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-10 sm:py-16">
      <p className="mb-8 flex items-center gap-2 text-lg font-semibold text-brand-800">
        <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8">
          <rect width="32" height="32" rx="8" fill="currentColor" />
          <path
            d="M9 17c2.5 4 11.5 4 14 0"
            stroke="#fff"
            strokeWidth="3"
            fill="none"
            strokeLinecap="round"
          />
          <circle cx="11" cy="11" r="2" fill="#fff" />
          <circle cx="21" cy="11" r="2" fill="#fff" />
        </svg>
        Carryover
      </p>
      <main id="main" className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}
