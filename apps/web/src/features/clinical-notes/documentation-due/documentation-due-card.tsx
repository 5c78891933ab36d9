import type { DocumentationDueItem } from "@carryover/api/contracts/documentation";
import { Card } from "@carryover/ui";

import { byUrgency } from "./documentation-due";
import { DueItemList } from "./due-item-list";
import { PlansOfCareLink } from "./plans-of-care-link";

const FIRST = 8;

/** The therapist's due documentation, overdue first: eight, then the rest behind "Show all". */
export function DocumentationDueCard({ items }: { items: DocumentationDueItem[] }) {
  const sorted = byUrgency(items);
  const rest = sorted.slice(FIRST);
  return (
    <Card title="Documentation due" actions={<PlansOfCareLink />}>
      {sorted.length === 0 ? (
        <p className="text-stone-700">Nothing due — every note is signed.</p>
      ) : (
        <>
          <DueItemList items={sorted.slice(0, FIRST)} label="Documentation due" />
          {rest.length > 0 ? (
            <details className="mt-2">
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">
                Show all {sorted.length}
              </summary>
              <DueItemList items={rest} label="More documentation due" />
            </details>
          ) : null}
        </>
      )}
    </Card>
  );
}
