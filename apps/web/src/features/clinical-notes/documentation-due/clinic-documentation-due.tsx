import type { DocumentationDueItem } from "@carryover/api/contracts/documentation";
import { Card } from "@carryover/ui";

import { groupDueItems } from "./documentation-due";
import { DueItemList } from "./due-item-list";

/** The clinic's due documentation by kind, each kind's count in words and its items behind it. */
export function ClinicDocumentationDue({ items }: { items: DocumentationDueItem[] }) {
  const groups = groupDueItems(items);
  return (
    <Card title="Documentation due" description="Across the clinic, most pressing first.">
      {groups.length === 0 ? (
        <p className="text-stone-700">Nothing due — every note is signed.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {groups.map((group) => (
            <li key={group.kind}>
              <details>
                <summary className="flex min-h-11 cursor-pointer items-center font-medium text-stone-900">
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
