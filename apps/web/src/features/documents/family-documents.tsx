import { PageHeader } from "@carryover/ui";

import { ChildDocuments } from "./child-documents.client";

/** A family's documents, child by child: what the clinic shared, what they sent, and sending more. */
export function FamilyDocuments({
  familyChildren,
  viewer,
  timeZone,
}: {
  familyChildren: { id: string; firstName: string; lastName: string }[];
  viewer: { clinicName: string };
  timeZone: string;
}) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Documents"
        description={`Reports and letters from ${viewer.clinicName}, and what you send them. Everything shared here is kept in your child's record.`}
      />
      {familyChildren.length === 0 ? (
        <p className="text-stone-700">No children are linked to your account yet.</p>
      ) : (
        familyChildren.map((child) => (
          <section
            key={child.id}
            aria-labelledby={`documents-${child.id}`}
            className="flex flex-col gap-4"
          >
            {familyChildren.length > 1 ? (
              <h2 id={`documents-${child.id}`} className="text-xl font-semibold text-stone-900">
                {child.firstName} {child.lastName}
              </h2>
            ) : (
              <h2 id={`documents-${child.id}`} className="sr-only">
                {child.firstName} {child.lastName}
              </h2>
            )}
            <ChildDocuments childId={child.id} viewer={viewer} timeZone={timeZone} />
          </section>
        ))
      )}
    </div>
  );
}
