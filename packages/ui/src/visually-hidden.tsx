import { type ComponentProps } from "react";

import { cn } from "./cn";

export type VisuallyHiddenProps = ComponentProps<"span">;

export function VisuallyHidden({ className, ...props }: VisuallyHiddenProps) {
  return <span className={cn("sr-only", className)} {...props} />;
}
