import { PageHeader } from "@carryover/ui";

import { ChildBills } from "./child-bills.client";

/** A family's bills, child by child: what is owed and why, paying it, receipts and superbills. */
export function FamilyBills({
  familyChildren,
}: {
  familyChildren: { id: string; firstName: string; lastName: string }[];
}) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Bills"
        description="What you owe the clinic and why, visit by visit. Pay it here, and keep your receipts."
      />
      {familyChildren.length === 0 ? (
        <p className="text-stone-700">No children are linked to your account yet.</p>
      ) : (
        familyChildren.map((child) => (
          <section
            key={child.id}
            aria-labelledby={`bills-${child.id}`}
            className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
          >
            <h2 id={`bills-${child.id}`} className="text-xl font-semibold text-stone-900">
              {child.firstName} {child.lastName}
            </h2>
            <ChildBills childId={child.id} firstName={child.firstName} />
          </section>
        ))
      )}
    </div>
  );
}
