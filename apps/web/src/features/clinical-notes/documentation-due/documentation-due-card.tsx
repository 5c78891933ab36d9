import type { DocumentationDue } from "@carryover/api/contracts/documentation";
import { Card } from "@carryover/ui";

import { byUrgency } from "./documentation-due";
import { DueItemList } from "./due-item-list";
import { PlansOfCareLink } from "./plans-of-care-link";

const FIRST = 8;

/**
 * The therapist's due documentation, overdue first: eight, then the rest the answer lists behind
 * "Show all"; how many more there are when the answer stops at its limit.
 */
export function DocumentationDueCard({ due }: { due: DocumentationDue }) {
  const sorted = byUrgency(due.items);
  const rest = sorted.slice(FIRST);
  const unlisted = due.total - sorted.length;
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
                Show {unlisted > 0 ? `the ${sorted.length} most pressing` : `all ${sorted.length}`}
              </summary>
              <DueItemList items={rest} label="More documentation due" />
              {unlisted > 0 ? (
                <p className="px-2 py-2 text-sm text-stone-700">
                  {unlisted} more after these, less pressing: sign these first.
                </p>
              ) : null}
            </details>
          ) : null}
        </>
      )}
    </Card>
  );
}
