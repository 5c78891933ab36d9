import { cn } from "./cn";
import { VisuallyHidden } from "./visually-hidden";

export type SpinnerIconProps = { className?: string };

export function SpinnerIcon({ className }: SpinnerIconProps) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      className={cn("shrink-0 animate-spin", className ?? "size-5")}
    >
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

export type SpinnerProps = { label?: string; className?: string };

export function Spinner({ label = "Loading…", className }: SpinnerProps) {
  return (
    <span role="status" className={cn("inline-flex items-center text-brand-700", className)}>
      <SpinnerIcon />
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  );
}

export type SkeletonProps = { className?: string };

export function Skeleton({ className }: SkeletonProps) {
  return (
    <div
      aria-hidden="true"
      className={cn(
        "animate-pulse rounded-md bg-stone-200 motion-reduce:animate-none",
        className ?? "h-4 w-full",
      )}
    />
  );
}
