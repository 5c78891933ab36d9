import Link from "next/link";

import { DataTable, EmptyState, PageHeader } from "@carryover/ui";

import type { StaffMember } from "~/features/clinic/types";
import type { MailDelivery } from "~/features/notices/types";
import { describeAgeInYears, formatCalendarDate } from "~/lib/time";
import { AddChildForm } from "./add-child-form.client";
import { InviteGuardianForm } from "./invite-guardian-form.client";
import type { ChildSummary } from "./types";

/** Every child in the clinic, with the forms to add a child and invite a family. */
export function ClinicChildren({
  clinicChildren: children,
  staff,
  delivery,
  timeZone,
  today,
}: {
  clinicChildren: ChildSummary[];
  staff: StaffMember[];
  delivery: MailDelivery;
  timeZone: string;
  today: string;
}) {
  const therapists = staff
    .filter((person) => person.role === "therapist" && !person.deactivatedAt)
    .map((person) => ({ id: person.userId, name: person.name }));

  return (
    <>
      <PageHeader
        title="Children & families"
        description="Every child in the clinic. Open a child to change their therapists or family members."
      />

      <section aria-labelledby="children-heading" className="flex flex-col gap-4">
        <h2 id="children-heading" className="text-xl font-semibold text-stone-900">
          Children <span className="font-normal text-stone-600">({children.length})</span>
        </h2>
        <DataTable
          caption="Children in the clinic"
          rows={children}
          rowKey={(child) => child.id}
          empty={
            <EmptyState
              title="No children yet"
              description="Add the first child with the form below. You can then invite their family."
            />
          }
          columns={[
            {
              key: "name",
              header: "Child",
              cell: (child) => (
                <Link
                  href={`/children/${child.id}`}
                  className="rounded font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                >
                  {child.firstName} {child.lastName}
                </Link>
              ),
            },
            {
              key: "age",
              header: "Age",
              cell: (child) => (
                <>
                  {describeAgeInYears(child.dateOfBirth, today)}
                  <span className="block text-sm text-stone-600">
                    Born {formatCalendarDate(child.dateOfBirth)}
                  </span>
                </>
              ),
            },
            {
              key: "therapist",
              header: "Primary therapist",
              cell: (child) =>
                child.primaryTherapistName ?? (
                  <span className="text-stone-600">Not assigned yet</span>
                ),
            },
          ]}
        />
      </section>

      <div className="mt-8 grid items-start gap-6 lg:grid-cols-2">
        <AddChildForm therapists={therapists} timeZone={timeZone} today={today} />
        <InviteGuardianForm
          childOptions={children.map((child) => ({
            id: child.id,
            name: `${child.firstName} ${child.lastName}`,
          }))}
          delivery={delivery}
          timeZone={timeZone}
        />
      </div>
    </>
  );
}
