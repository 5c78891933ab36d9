import { type ComponentProps } from "react";

import { cn } from "./cn";
import { SpinnerIcon } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white shadow-sm hover:bg-brand-800 focus-visible:ring-brand-600",
  secondary:
    "border border-stone-300 bg-white text-stone-900 shadow-sm hover:bg-stone-50 focus-visible:ring-brand-600",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800 focus-visible:ring-red-700",
  ghost: "text-brand-800 hover:bg-brand-50 focus-visible:ring-brand-600",
};

const sizes: Record<ButtonSize, string> = {
  sm: "min-h-11 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
  lg: "min-h-12 px-6 text-lg",
};

export type ButtonClassesOptions = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
};

export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: ButtonClassesOptions = {}) {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors",
    "focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-hidden",
    "disabled:pointer-events-none disabled:opacity-60",
    variants[variant],
    sizes[size],
    className,
  );
}

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  busy?: boolean;
};

export function Button({
  variant,
  size,
  busy = false,
  disabled,
  className,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      disabled={disabled === true || busy}
      aria-busy={busy || undefined}
      className={buttonClasses({ variant, size, className })}
    >
      {busy && <SpinnerIcon className="size-4" />}
      {children}
    </button>
  );
}
