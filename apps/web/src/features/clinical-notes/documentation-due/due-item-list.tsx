import Link from "next/link";

import type { DocumentationDueItem } from "@carryover/api/contracts/documentation";
import { Badge, rowLinkClasses } from "@carryover/ui";

import { describeDueItem, dueItemHref } from "./documentation-due";

const URGENCY = {
  overdue: { tone: "danger", words: "Overdue" },
  due: { tone: "warning", words: "Due" },
  soon: { tone: "neutral", words: "Soon" },
} as const;

const key = (item: DocumentationDueItem) =>
  `${item.kind}-${item.kind === "unsigned_note" ? item.noteId : item.childId}`;

/** Due documentation, one linked line per item: the child, what is due, how pressing. */
export function DueItemList({ items, label }: { items: DocumentationDueItem[]; label: string }) {
  return (
    <ul className="divide-y divide-stone-200" aria-label={label}>
      {items.map((item) => (
        <li key={key(item)}>
          <Link href={dueItemHref(item)} className={rowLinkClasses}>
            <span>
              <span className="block font-medium text-stone-900">{item.childName}</span>
              <span className="block text-sm text-stone-700">{describeDueItem(item)}</span>
            </span>
            <Badge tone={URGENCY[item.urgency].tone}>{URGENCY[item.urgency].words}</Badge>
          </Link>
        </li>
      ))}
    </ul>
  );
}
