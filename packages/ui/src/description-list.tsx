import { type ReactNode } from "react";

import { cn } from "./cn";

export type DescriptionListItem = { term: string; detail: ReactNode };

export type DescriptionListProps = { items: DescriptionListItem[]; className?: string };

export function DescriptionList({ items, className }: DescriptionListProps) {
  return (
    <dl className={cn("divide-y divide-stone-200", className)}>
      {items.map((item) => (
        <div key={item.term} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-medium text-stone-600 sm:text-base">{item.term}</dt>
          <dd className="text-stone-900 sm:col-span-2">{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
