import { PageHeader } from "@carryover/ui";

import { ChildInsurance } from "./child-insurance.client";

/** A family's insurance cards, child by child: what the clinic has on file, and new cards. */
export function FamilyInsurance({
  familyChildren,
}: {
  familyChildren: { id: string; firstName: string; lastName: string }[];
}) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Insurance"
        description="The insurance cards the clinic has on file. When a card changes or you get a new one, add it here so visits are billed to the right plan."
      />
      {familyChildren.length === 0 ? (
        <p className="text-stone-700">No children are linked to your account yet.</p>
      ) : (
        familyChildren.map((child) => (
          <section
            key={child.id}
            aria-labelledby={`insurance-${child.id}`}
            className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
          >
            <h2 id={`insurance-${child.id}`} className="text-xl font-semibold text-stone-900">
              {child.firstName} {child.lastName}
            </h2>
            <ChildInsurance childId={child.id} firstName={child.firstName} />
          </section>
        ))
      )}
    </div>
  );
}
