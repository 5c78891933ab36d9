import { type ReactNode } from "react";

import { cn } from "./cn";

export type CardProps = {
  title?: ReactNode;
  titleAs?: "h1" | "h2" | "h3";
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
};

export function Card({
  title,
  titleAs: Title = "h2",
  description,
  actions,
  className,
  children,
}: CardProps) {
  const hasHeader = [title, description, actions].some(Boolean);
  return (
    <section
      className={cn("rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6", className)}
    >
      {hasHeader && (
        <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            {title && <Title className="text-lg font-semibold text-stone-900">{title}</Title>}
            {description && <p className="mt-1 text-stone-600">{description}</p>}
          </div>
          {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}

export type CardGridProps = { className?: string; children: ReactNode };

export function CardGrid({ className, children }: CardGridProps) {
  return (
    <div className={cn("grid gap-4 sm:grid-cols-2 sm:gap-6 lg:grid-cols-3", className)}>
      {children}
    </div>
  );
}
