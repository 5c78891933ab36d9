import { type ReactNode } from "react";

import { cn } from "./cn";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
};

export function EmptyState({ title, description, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-xl border border-dashed border-stone-300 bg-white px-6 py-10 text-center",
        className,
      )}
    >
      <p className="text-lg font-semibold text-stone-900">{title}</p>
      {description && <p className="mt-2 max-w-prose text-stone-600">{description}</p>}
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}
