"use client";

import {
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";

import { cn } from "./cn";

export type AppShellNavItem = { href: string; label: string; current?: boolean };

export type AppShellProps = {
  brand: ReactNode;
  nav: AppShellNavItem[];
  renderLink: (
    item: AppShellNavItem,
    className: string,
    ariaCurrent: "page" | undefined,
  ) => ReactNode;
  userSlot?: ReactNode;
  children: ReactNode;
};

const focusRing =
  "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-hidden";

function linkClasses(current: boolean | undefined, layout: "bar" | "panel") {
  return cn(
    "flex items-center whitespace-nowrap rounded-lg px-3 font-medium transition-colors",
    layout === "panel" ? "min-h-12" : "min-h-11",
    current
      ? "bg-brand-50 text-brand-800"
      : "text-stone-700 hover:bg-stone-100 hover:text-stone-900",
    focusRing,
  );
}

export function AppShell({ brand, nav, renderLink, userSlot, children }: AppShellProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);

  const renderItems = (layout: "bar" | "panel") =>
    nav.map((item) => (
      <li key={item.href}>
        {renderLink(item, linkClasses(item.current, layout), item.current ? "page" : undefined)}
      </li>
    ));

  const closeOnLinkClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
  };

  const closeOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && open) {
      setOpen(false);
      menuButton.current?.focus();
    }
  };

  return (
    <div className="min-h-dvh bg-stone-100 text-stone-900">
      <a
        href="#main"
        className={cn(
          "sr-only rounded-lg bg-white px-4 py-3 font-medium text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:top-4 focus:left-4 focus:z-50",
          focusRing,
        )}
      >
        Skip to main content
      </a>

      <header className="border-b border-stone-200 bg-white" onKeyDown={closeOnEscape}>
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3 sm:px-6">
          <div className="shrink-0 text-lg font-semibold text-stone-900">{brand}</div>

          <nav aria-label="Main" className="hidden lg:block">
            <ul role="list" className="flex items-center gap-1">
              {renderItems("bar")}
            </ul>
          </nav>

          {userSlot && <div className="ml-auto hidden items-center gap-3 lg:flex">{userSlot}</div>}

          <button
            ref={menuButton}
            type="button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
            className={cn(
              "ml-auto inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 font-medium text-stone-800 hover:bg-stone-50 lg:hidden",
              focusRing,
            )}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              className="size-5"
            >
              <path
                strokeLinecap="round"
                d={open ? "M6 6l12 12M18 6 6 18" : "M4 7h16M4 12h16M4 17h16"}
              />
            </svg>
            Menu
          </button>
        </div>

        <div
          id={panelId}
          hidden={!open}
          onClick={closeOnLinkClick}
          className="border-t border-stone-200 px-4 pt-2 pb-4 lg:hidden"
        >
          <nav aria-label="Main">
            <ul role="list" className="flex flex-col gap-1">
              {renderItems("panel")}
            </ul>
          </nav>
          {userSlot && (
            <div className="mt-3 flex flex-col gap-3 border-t border-stone-200 px-3 pt-4">
              {userSlot}
            </div>
          )}
        </div>
      </header>

      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl px-4 py-6 outline-none sm:px-6 sm:py-10"
      >
        {children}
      </main>
    </div>
  );
}
