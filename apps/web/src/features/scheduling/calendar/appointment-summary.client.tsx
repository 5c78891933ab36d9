"use client";

import Link from "next/link";

import { Badge, DescriptionList, textLinkClasses } from "@carryover/ui";

import { APPOINTMENT_STATUS_LABELS, MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import type { Booking } from "./calendar-types";

function StatusBadges({ booking }: { booking: Booking }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Badge
        tone={
          booking.status === "scheduled"
            ? "brand"
            : booking.status === "no_show"
              ? "warning"
              : "neutral"
        }
      >
        {APPOINTMENT_STATUS_LABELS[booking.status]}
      </Badge>
      {booking.lateCancellation ? <Badge tone="danger">Late cancellation</Badge> : null}
      {booking.kind === "group" ? (
        <Badge>
          {booking.seatsTaken} of {booking.capacity} places taken
        </Badge>
      ) : null}
    </div>
  );
}

function ChildLinks({ childList }: { childList: Booking["children"] }) {
  if (childList.length === 0) return "No families have joined yet.";
  return (
    <ul>
      {childList.map((child) => (
        <li key={child.childId}>
          <Link href={`/children/${child.childId}`} className={textLinkClasses}>
            {child.firstName} {child.lastName}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A session's status, when and where it is, with whom, and links to each child's record. */
export function AppointmentSummary({ booking, when }: { booking: Booking; when: string }) {
  return (
    <>
      <StatusBadges booking={booking} />
      <DescriptionList
        items={[
          { term: "When", detail: when },
          { term: "Session type", detail: booking.sessionTypeName },
          { term: "Where", detail: MODALITY_LABELS_FOR_STAFF[booking.modality] },
          { term: "Therapist", detail: booking.therapistName },
          {
            term: booking.children.length > 1 ? "Children" : "Child",
            detail: <ChildLinks childList={booking.children} />,
          },
        ]}
      />
    </>
  );
}
