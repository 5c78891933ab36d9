import { DescriptionList } from "@carryover/ui";

import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import type { SessionType } from "~/features/scheduling/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndTime, formatMinutes, zoneName } from "~/lib/time";

export function AppointmentSummary({
  childName,
  sessionType,
  therapistName,
  start,
  end,
  timeZone,
}: {
  childName: string;
  sessionType: Pick<SessionType, "name" | "durationMinutes" | "modality">;
  therapistName: string;
  start: Date;
  end: Date;
  timeZone: string;
}) {
  const cycle = useHourCycle();
  return (
    <DescriptionList
      items={[
        {
          term: "Session",
          detail: `${sessionType.name} (${formatMinutes(sessionType.durationMinutes)})`,
        },
        {
          term: "When",
          detail: (
            <>
              <time dateTime={start.toISOString()}>{dayAndTime(start, timeZone, cycle)}</time> to{" "}
              {clockTime(end, timeZone, cycle)} ({zoneName(timeZone, start)})
            </>
          ),
        },
        { term: "Child", detail: childName },
        { term: "Therapist", detail: therapistName },
        { term: "Where", detail: MODALITY_LABELS_FOR_FAMILIES[sessionType.modality] },
      ]}
    />
  );
}
