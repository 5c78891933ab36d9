"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A step's heading, focused when the step appears so keyboard and screen-reader users follow along. */
export function StepHeading({
  children,
  focusOnMount = true,
}: {
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h2 ref={ref} tabIndex={-1} className="text-xl font-semibold text-stone-900 outline-hidden">
      {children}
    </h2>
  );
}

/** A large, full-width choice: one tap for a tired parent. */
export function ChoiceButton({
  title,
  detail,
  onClick,
}: {
  title: ReactNode;
  detail?: ReactNode;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="flex min-h-16 w-full items-center justify-between gap-3 rounded-xl border border-stone-300 bg-white px-4 py-3 text-left shadow-sm hover:border-brand-600 hover:bg-brand-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-hidden"
    >
      <span className="min-w-0">
        <span className="block text-lg font-semibold text-stone-900">{title}</span>
        {detail ? <span className="mt-0.5 block text-stone-600">{detail}</span> : null}
      </span>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="size-5 shrink-0 text-stone-500"
      >
        <path d="m9 6 6 6-6 6" />
      </svg>
    </button>
  );
}
