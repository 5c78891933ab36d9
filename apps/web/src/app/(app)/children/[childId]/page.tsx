import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { RELATIONSHIP_LABELS } from "@carryover/domain/people";
import { Badge, Card, DescriptionList, PageHeader } from "@carryover/ui";

import { describeAge, formatDate, todayInZone } from "~/lib/format";
import { requireSession } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";
import { InviteGuardianForm } from "../../_shared/invite-guardian-form.client";
import { GuardianAccess } from "./guardian-access.client";
import { TherapistAssignment } from "./therapist-assignment.client";

export const metadata: Metadata = { title: "Child" };

async function loadChild(childId: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.child.get.queryOptions({ childId }));
  } catch (error) {
    // Another clinic's or family's child, or a malformed link: the same 404, which confirms nothing.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}

export default async function ChildPage({ params }: { params: Promise<{ childId: string }> }) {
  const session = await requireSession();
  const { childId } = await params;
  const child = await loadChild(childId);
  const today = todayInZone(session.clinicTimeZone);
  const staff =
    session.actor.role === "admin"
      ? await getQueryClient().fetchQuery(trpc.staff.list.queryOptions())
      : [];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${child.firstName} ${child.lastName}`}
        description={`${describeAge(child.dateOfBirth, today)} old`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="About">
          <DescriptionList
            items={[
              { term: "Date of birth", detail: formatDate(child.dateOfBirth) },
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
                  {guardian.id === session.actor.userId ? (
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
      {child.canManage ? (
        <InviteGuardianForm
          childOptions={[{ id: child.id, name: child.firstName }]}
          timeZone={session.clinicTimeZone}
        />
      ) : null}
      {session.actor.role === "admin" ? (
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
