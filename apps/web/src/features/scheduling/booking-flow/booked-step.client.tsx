"use client";

import Link from "next/link";

import { Alert, Button, buttonClasses, Card } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import type { SessionType } from "~/features/scheduling/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { dayAndTime } from "~/lib/time";
import { AppointmentSummary } from "./appointment-summary";
import type { Booked } from "./booking-steps";
import { StepHeading } from "./step-heading.client";

export function BookedStep({
  child,
  sessionType,
  therapistName,
  booked,
  timeZone,
  onBookAnother,
}: {
  child: ChildSummary;
  sessionType: SessionType;
  therapistName: string;
  booked: Booked;
  timeZone: string;
  onBookAnother: () => void;
}) {
  const cycle = useHourCycle();
  return (
    <section className="flex flex-col gap-4">
      <StepHeading>You&apos;re booked</StepHeading>
      <Alert tone="success" title={`${child.firstName}'s session is booked.`}>
        It&apos;s in your sessions: {dayAndTime(booked.start, timeZone, cycle)} with {therapistName}
        .
      </Alert>
      <Card>
        <AppointmentSummary
          childName={`${child.firstName} ${child.lastName}`}
          sessionType={sessionType}
          therapistName={therapistName}
          start={booked.start}
          end={booked.end}
          timeZone={timeZone}
        />
      </Card>
      <Link href="/family/sessions" className={buttonClasses({ size: "lg" })}>
        See my sessions
      </Link>
      <Button type="button" variant="secondary" size="lg" onClick={onBookAnother}>
        Book another session
      </Button>
    </section>
  );
}
