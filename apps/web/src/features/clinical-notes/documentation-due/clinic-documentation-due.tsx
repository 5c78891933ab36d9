import type { DocumentationDueItem } from "@carryover/api/contracts/documentation";
import { Card } from "@carryover/ui";

import { groupDueItems } from "./documentation-due";
import { DueItemList } from "./due-item-list";
import { PlansOfCareLink } from "./plans-of-care-link";

/** The clinic's due documentation by kind, each kind's count in words and its items behind it. */
export function ClinicDocumentationDue({ items }: { items: DocumentationDueItem[] }) {
  const groups = groupDueItems(items);
  return (
    <Card
      title="Documentation due"
      description="Across the clinic, most pressing first."
      actions={<PlansOfCareLink />}
    >
      {groups.length === 0 ? (
        <p className="text-stone-700">Nothing due — every note is signed.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {groups.map((group) => (
            <li key={group.kind}>
              <details className="group">
                <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md font-medium text-stone-900 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none [&::-webkit-details-marker]:hidden">
                  <span
                    aria-hidden
                    className="text-brand-700 transition-transform group-open:rotate-90"
                  >
                    ▸
                  </span>
                  {group.title}
                </summary>
                <DueItemList items={group.items} label={group.title} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
