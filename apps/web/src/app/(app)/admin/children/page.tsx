import type { Metadata } from "next";
import Link from "next/link";

import { ageInYears } from "@carryover/domain/people";
import { DataTable, EmptyState, PageHeader } from "@carryover/ui";

import { AddChildForm } from "~/features/children/add-child-form.client";
import { InviteGuardianForm } from "~/features/children/invite-guardian-form.client";
import { calendarDateIn, formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Children & families" };

function describeAge(dateOfBirth: string, today: string) {
  const years = ageInYears(dateOfBirth, today);
  return years < 1 ? "Under 1 year" : plural(years, "year");
}

export default async function AdminChildrenPage() {
  const auth = await requireAuth(["admin"]);
  const timeZone = auth.clinicTimeZone;
  const queryClient = getQueryClient();
  const [children, staff, outbox] = await Promise.all([
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.fetchQuery(trpc.staff.list.queryOptions()),
    queryClient.fetchQuery(trpc.outbox.list.queryOptions()),
  ]);
  const today = calendarDateIn(timeZone, new Date());
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
                  {describeAge(child.dateOfBirth, today)}
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
          delivery={outbox.delivery}
          timeZone={timeZone}
        />
      </div>
    </>
  );
}
