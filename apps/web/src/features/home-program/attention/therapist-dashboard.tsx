import Link from "next/link";
import type { ReactNode } from "react";

import { Badge, buttonClasses, Card, EmptyState, PageHeader, rowLinkClasses } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import type { AgendaSession } from "~/features/scheduling/agenda/agenda";
import { TodayAgenda } from "~/features/scheduling/agenda/today-agenda";
import { describeAge, type HourCycle } from "~/lib/time";
import { HydrateClient } from "~/trpc/server";
import { AttentionList } from "./attention-list.client";

/** The therapist's home: today's sessions, then the children needing attention, then the whole caseload. */
export function TherapistDashboard({
  caseload: children,
  today,
  agenda,
  documentationDue,
  cosignQueue,
  billingBlocked,
  practiceVideos,
}: {
  caseload: ChildSummary[];
  today: string;
  agenda: {
    sessions: AgendaSession[];
    timeZone: string;
    now: Date;
    dayLabel: string;
    cycle: HourCycle;
  };
  /** The caseload's due documentation, rendered by the clinical-notes feature. */
  documentationDue?: ReactNode;
  /** The notes waiting for the therapist's co-signature, rendered by the clinical-notes feature. */
  cosignQueue?: ReactNode;
  /** The signed notes whose claims wait on the therapist, rendered by the billing feature. */
  billingBlocked?: ReactNode;
  /** The families' practice videos waiting to be watched, rendered by the practice-videos feature. */
  practiceVideos?: ReactNode;
}) {
  const mine = children.filter((c) => c.isMine).length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Your dashboard"
        actions={
          <>
            <Link href="/therapist/calendar" className={buttonClasses()}>
              Open your calendar
            </Link>
            <Link
              href="/therapist/availability"
              className={buttonClasses({ variant: "secondary" })}
            >
              Set your hours
            </Link>
          </>
        }
        description={
          children.length === 0
            ? undefined
            : `${children.length} ${children.length === 1 ? "child" : "children"}, ${mine} with you as primary therapist.`
        }
      />
      <TodayAgenda {...agenda} />
      {practiceVideos}
      {cosignQueue}
      {children.length > 0 ? (
        <HydrateClient>
          <AttentionList />
        </HydrateClient>
      ) : null}
      {children.length > 0 ? documentationDue : null}
      {billingBlocked}
      {children.length === 0 ? (
        <EmptyState
          title="No children on your caseload yet"
          description="When a clinic admin assigns a child to you, the child appears here."
        />
      ) : (
        <Card title="Caseload">
          <ul className="divide-y divide-stone-200" aria-label="Children on your caseload">
            {children.map((child) => (
              <li key={child.id}>
                <Link href={`/children/${child.id}`} className={rowLinkClasses}>
                  <span>
                    <span className="block font-medium text-stone-900">
                      {child.firstName} {child.lastName}
                    </span>
                    <span className="block text-sm text-stone-600">
                      {describeAge(child.dateOfBirth, today)}
                    </span>
                  </span>
                  {child.isMine ? (
                    <Badge tone="brand">Primary</Badge>
                  ) : (
                    <span className="text-sm text-stone-600">
                      Primary: {child.primaryTherapistName ?? "not set"}
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
