import type { DocumentationDue } from "@carryover/api/contracts/documentation";
import { Card } from "@carryover/ui";

import { plural } from "~/lib/words";
import { groupDueItems } from "./documentation-due";
import { DueItemList } from "./due-item-list";
import { PlansOfCareLink } from "./plans-of-care-link";

/** The clinic's due documentation by kind, each kind's count in words and its items behind it. */
export function ClinicDocumentationDue({ due }: { due: DocumentationDue }) {
  const groups = groupDueItems(due);
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
                {group.items.length > 0 ? (
                  <DueItemList items={group.items} label={group.title} />
                ) : null}
                {group.unlisted > 0 ? (
                  <p className="px-2 py-2 text-sm text-stone-700">
                    {group.items.length > 0
                      ? `${plural(group.unlisted, "more", "more")} not listed here: the most pressing come first, and each therapist sees their own on their dashboard.`
                      : "None is among the most pressing listed here; each therapist sees their own on their dashboard."}
                  </p>
                ) : null}
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
