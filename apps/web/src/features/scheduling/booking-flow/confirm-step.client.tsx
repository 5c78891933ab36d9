"use client";

import type { UsState } from "@carryover/domain/clinic";
import { Alert, Button, Card } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import { AlternativeTimes } from "~/features/scheduling/alternative-times.client";
import {
  freeCancelUntil,
  hoursLabel,
  wouldBeLate,
} from "~/features/scheduling/cancellation-policy";
import { ChildLocationField } from "~/features/scheduling/child-location-field.client";
import { ClinicPolicyNote } from "~/features/scheduling/clinic-policy-note.client";
import type { SessionType, Slot } from "~/features/scheduling/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { dayAndTime } from "~/lib/time";
import type { DescribedError } from "~/lib/trpc-error";
import { AppointmentSummary } from "./appointment-summary";
import { slotStartingAt } from "./booking-steps";
import { StepHeading } from "./step-heading.client";

export function ConfirmStep({
  child,
  sessionType,
  therapistName,
  slot,
  timeZone,
  location,
  locationError,
  problem,
  busy,
  onLocationChange,
  onChooseTime,
  onSeeAllTimes,
  onConfirm,
}: {
  child: ChildSummary;
  sessionType: SessionType;
  therapistName: string;
  slot: Slot;
  timeZone: string;
  location: UsState | "";
  locationError: string | null;
  problem: DescribedError | null;
  busy: boolean;
  onLocationChange: (location: UsState | "") => void;
  onChooseTime: (slot: Slot) => void;
  onSeeAllTimes: () => void;
  onConfirm: () => void;
}) {
  return (
    <section className="flex flex-col gap-4">
      <StepHeading>Check and confirm</StepHeading>
      <Card>
        <AppointmentSummary
          childName={`${child.firstName} ${child.lastName}`}
          sessionType={sessionType}
          therapistName={therapistName}
          start={slot.start}
          end={slot.end}
          timeZone={timeZone}
        />
      </Card>
      {sessionType.modality === "telehealth" ? (
        <ChildLocationField
          childName={child.firstName}
          value={location}
          onChange={onLocationChange}
          error={locationError}
        />
      ) : null}
      <CancellationPolicy start={slot.start} sessionType={sessionType} timeZone={timeZone} />
      {problem ? (
        <Alert tone="error" title={problem.message}>
          <AlternativeTimes
            variant="family"
            prompt="Tap a time to book it instead:"
            times={problem.alternatives}
            timeZone={timeZone}
            onPick={(start) => onChooseTime(slotStartingAt(start, sessionType.durationMinutes))}
          />
          {problem.field === "start" ? (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              className="mt-2"
              onClick={onSeeAllTimes}
            >
              See all open times
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <Button type="button" size="lg" busy={busy} onClick={onConfirm}>
        Book this session
      </Button>
    </section>
  );
}

function CancellationPolicy({
  start,
  sessionType,
  timeZone,
}: {
  start: Date;
  sessionType: SessionType;
  timeZone: string;
}) {
  const cycle = useHourCycle();
  const hours = sessionType.cancellationWindowHours;
  if (wouldBeLate(start, new Date(), hours)) {
    return (
      <Alert tone="warning" title="Cancellation policy">
        This session is less than {hoursLabel(hours)} away, so cancelling it would count as a late
        cancellation.
        <ClinicPolicyNote />
      </Alert>
    );
  }
  return (
    <Alert tone="info" title="Cancellation policy">
      Free to cancel until {dayAndTime(freeCancelUntil(start, hours), timeZone, cycle)}; after that
      it counts as a late cancellation.
      <ClinicPolicyNote />
    </Alert>
  );
}
