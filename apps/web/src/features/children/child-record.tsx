import Link from "next/link";

import { RELATIONSHIP_LABELS } from "@carryover/domain/children";
import { Badge, buttonClasses, Card, DescriptionList, PageHeader } from "@carryover/ui";

import { CoverageCard } from "~/features/billing/coverage-card.client";
import type { StaffMember } from "~/features/clinic/types";
import { ChildVisitNotes } from "~/features/clinical-notes/visit-note/child-visit-notes.client";
import { ChildForms } from "~/features/forms/child-forms.client";
import { ProgramPanel } from "~/features/home-program/program-panel/program-panel.client";
import { describeAge, formatCalendarDate } from "~/lib/time";
import { EmergencyContactCard } from "./emergency-contact.client";
import { GuardianAccess } from "./guardian-access.client";
import { InviteGuardianForm } from "./invite-guardian-form.client";
import { TherapistAssignment } from "./therapist-assignment.client";
import type { ChildProfile } from "./types";

type Viewer = { userId: string; isAdmin: boolean; keepsBilling: boolean; isGuardian: boolean };

/**
 * A child's page: who they are, their family, their home program and, for an admin, therapists; for
 * billing staff, the child's coverage and authorizations.
 */
export function ChildRecord({
  child,
  staff,
  viewer,
  timeZone,
  today,
}: {
  child: ChildProfile;
  /** The clinic's staff, for an admin to assign therapists; empty for anyone else. */
  staff: StaffMember[];
  viewer: Viewer;
  timeZone: string;
  today: string;
}) {
  return (
    <div className="flex flex-col gap-6">
      <ChildHeader child={child} today={today} isGuardian={viewer.isGuardian} />
      <div className="grid gap-6 lg:grid-cols-2">
        <AboutChild child={child} />
        <ChildFamily child={child} viewerId={viewer.userId} />
        <EmergencyContactCard childId={child.id} firstName={child.firstName} timeZone={timeZone} />
      </div>
      <ProgramPanel
        childId={child.id}
        firstName={child.firstName}
        timeZone={timeZone}
        today={today}
        staff={!viewer.isGuardian}
      />
      {viewer.isGuardian ? null : <ChildVisitNotes childId={child.id} />}
      {child.canManage ? <ChildForms childId={child.id} timeZone={timeZone} /> : null}
      {viewer.keepsBilling ? (
        <CoverageCard
          childId={child.id}
          firstName={child.firstName}
          guardians={child.guardians.map(({ id, name }) => ({ id, name }))}
          today={today}
        />
      ) : null}
      {child.canManage ? (
        <InviteGuardianForm
          childOptions={[{ id: child.id, name: child.firstName }]}
          timeZone={timeZone}
        />
      ) : null}
      {viewer.isAdmin ? (
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

function ChildHeader({
  child,
  today,
  isGuardian,
}: {
  child: ChildProfile;
  today: string;
  isGuardian: boolean;
}) {
  return (
    <PageHeader
      title={`${child.firstName} ${child.lastName}`}
      description={`${describeAge(child.dateOfBirth, today)} old`}
      actions={
        <>
          {isGuardian ? null : (
            <Link href={`/children/${child.id}/chart`} className={buttonClasses()}>
              Chart
            </Link>
          )}
          {isGuardian ? null : (
            <Link
              href={`/children/${child.id}/documents`}
              className={buttonClasses({ variant: "secondary" })}
            >
              Documents
            </Link>
          )}
          <Link
            href={`/children/${child.id}/progress`}
            className={buttonClasses({ variant: isGuardian ? "primary" : "secondary" })}
          >
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
  );
}

function AboutChild({ child }: { child: ChildProfile }) {
  return (
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
  );
}

function ChildFamily({ child, viewerId }: { child: ChildProfile; viewerId: string }) {
  return (
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
              {guardian.id === viewerId ? (
                <Badge tone="brand" className="ml-2">
                  You
                </Badge>
              ) : null}
            </p>
            {guardian.email ? <p className="text-sm text-stone-600">{guardian.email}</p> : null}
            {guardian.phone ? (
              <p className="text-sm text-stone-600">
                Phone:{" "}
                <a href={`tel:${guardian.phone.replace(/[^\d+]/g, "")}`} className="underline">
                  {guardian.phone}
                </a>
              </p>
            ) : null}
            {child.canManage ? (
              <GuardianAccess
                childId={child.id}
                guardian={{
                  id: guardian.id,
                  name: guardian.name,
                  canEditProgram: guardian.canEditProgram,
                  canBook: guardian.canBook,
                  canSeeBilling: guardian.canSeeBilling,
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
  );
}
