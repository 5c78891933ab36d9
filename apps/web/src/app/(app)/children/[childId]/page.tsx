import type { Metadata } from "next";
import Link from "next/link";

import { isStaff, RELATIONSHIP_LABELS } from "@carryover/domain/people";
import { Badge, buttonClasses, Card, DescriptionList, PageHeader } from "@carryover/ui";

import { GuardianAccess } from "~/features/children/guardian-access.client";
import { InviteGuardianForm } from "~/features/children/invite-guardian-form.client";
import { loadChild } from "~/features/children/load-child";
import { TherapistAssignment } from "~/features/children/therapist-assignment.client";
import { ProgramPanel } from "~/features/home-program/program-panel/program-panel.client";
import { describeAge, formatCalendarDate, todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Child" };

export default async function ChildPage({ params }: { params: Promise<{ childId: string }> }) {
  const auth = await requireAuth();
  const { childId } = await params;
  const child = await loadChild(childId);
  const today = todayInZone(auth.clinicTimeZone);
  const [staff] = await Promise.all([
    auth.actor.role === "admin"
      ? getQueryClient().fetchQuery(trpc.staff.list.queryOptions())
      : Promise.resolve([]),
    getQueryClient().prefetchQuery(trpc.program.get.queryOptions({ childId })),
  ]);
  const isGuardian = !isStaff(auth.actor.role);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${child.firstName} ${child.lastName}`}
        description={`${describeAge(child.dateOfBirth, today)} old`}
        actions={
          <>
            <Link href={`/children/${child.id}/progress`} className={buttonClasses()}>
              Progress
            </Link>
            {isGuardian ? (
              <Link
                href={`/family/today?child=${child.id}`}
                className={buttonClasses({ variant: "secondary" })}
              >
                Today&apos;s practice
              </Link>
            ) : null}
            <a
              href={`/api/children/${child.id}/program-pdf`}
              className={buttonClasses({ variant: "secondary" })}
              target="_blank"
              rel="noopener"
            >
              Print the program
            </a>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="About">
          <DescriptionList
            items={[
              { term: "Date of birth", detail: formatCalendarDate(child.dateOfBirth) },
              {
                term: "Primary therapist",
                detail: child.primaryTherapist?.name ?? "Not assigned yet",
              },
              {
                term: "Therapists",
                detail: child.therapists.length
                  ? child.therapists.map((t) => t.name).join(", ")
                  : "None assigned yet",
              },
            ]}
          />
        </Card>
        <Card
          title="Family"
          description={child.canManage ? "Guardians who can sign in for this child." : undefined}
        >
          <ul className="flex flex-col gap-4">
            {child.guardians.map((guardian) => (
              <li key={guardian.id} className="flex flex-col gap-1">
                <p className="font-medium">
                  {guardian.name}{" "}
                  <span className="font-normal text-stone-600">
                    · {RELATIONSHIP_LABELS[guardian.relationship]}
                  </span>
                  {guardian.id === auth.actor.userId ? (
                    <Badge tone="brand" className="ml-2">
                      You
                    </Badge>
                  ) : null}
                </p>
                {guardian.email ? <p className="text-sm text-stone-600">{guardian.email}</p> : null}
                {child.canManage ? (
                  <GuardianAccess
                    childId={child.id}
                    guardian={{
                      id: guardian.id,
                      name: guardian.name,
                      canEditProgram: guardian.canEditProgram,
                      canBook: guardian.canBook,
                    }}
                  />
                ) : null}
              </li>
            ))}
            {child.guardians.length === 0 ? (
              <li className="text-stone-600">No guardian has an account yet.</li>
            ) : null}
          </ul>
        </Card>
      </div>
      <HydrateClient>
        <ProgramPanel
          childId={child.id}
          firstName={child.firstName}
          timeZone={auth.clinicTimeZone}
          today={today}
          staff={!isGuardian}
        />
      </HydrateClient>
      {child.canManage ? (
        <InviteGuardianForm
          childOptions={[{ id: child.id, name: child.firstName }]}
          timeZone={auth.clinicTimeZone}
        />
      ) : null}
      {auth.actor.role === "admin" ? (
        <Card
          title="Therapists"
          description="Who works with this child. The primary therapist sees the child on their caseload."
        >
          <TherapistAssignment
            childId={child.id}
            therapists={staff
              .filter((s) => s.role === "therapist" && !s.deactivatedAt)
              .map((s) => ({ id: s.userId, name: s.name }))}
            primaryTherapistId={child.primaryTherapist?.id ?? null}
            therapistIds={child.therapists.map((t) => t.id)}
          />
        </Card>
      ) : null}
    </div>
  );
}
