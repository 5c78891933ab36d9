import { cn } from "./cn";

/** The Carryover mark and name; the mark takes the current text colour. */
export function Logo({
  className,
  markClassName = "size-7",
}: {
  className?: string;
  markClassName?: string;
}) {
  return (
    <span className={cn("flex items-center gap-2 font-semibold", className)}>
      <svg aria-hidden="true" viewBox="0 0 32 32" className={markClassName}>
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
    </span>
  );
}
