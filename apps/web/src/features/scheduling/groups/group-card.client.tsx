"use client";

import { describeAgeRange } from "@carryover/domain/scheduling";
import { Badge, Button, ConfirmButton } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import type { Group } from "~/features/scheduling/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndTime, longDay } from "~/lib/time";
import { ageNote, groupTitle } from "./age-note";
import { hasOpenSeat, seatsLine } from "./seats";

type Handlers = {
  /** The child being taken out of a group right now, if any. */
  leaving: { appointmentId: string; childId: string } | null;
  onLeave: (group: Group, child: ChildSummary, from: "seat" | "waitlist") => Promise<void>;
  onJoin: (group: Group, child: ChildSummary, waitlist: boolean) => void;
};

/** A group session, with each of the family's children's place in it. */
export function GroupCard({
  group,
  familyChildren,
  timeZone,
  ...handlers
}: { group: Group; familyChildren: ChildSummary[]; timeZone: string } & Handlers) {
  const cycle = useHourCycle();
  const open = hasOpenSeat(group);
  const ages = describeAgeRange(group.ages);
  return (
    <li
      aria-label={`${groupTitle(group)}, ${dayAndTime(group.start, timeZone, cycle)}`}
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-stone-600">{longDay(group.start, timeZone)}</p>
          <p className="text-2xl font-semibold text-stone-900">
            {clockTime(group.start, timeZone, cycle)}
            <span className="text-lg font-normal text-stone-600">
              {" "}
              to {clockTime(group.end, timeZone, cycle)}
            </span>
          </p>
        </div>
        <Badge tone={open ? "success" : "warning"}>{open ? "Open" : "Full"}</Badge>
      </div>
      <h2 className="mt-2 text-lg font-semibold text-stone-900">{groupTitle(group)}</h2>
      {group.topic ? <p className="text-stone-700">{group.topic}</p> : null}
      {ages ? <p className="mt-1 font-medium text-stone-800">{ages}</p> : null}
      <p className="text-stone-700">
        With {group.therapistName} · {MODALITY_LABELS_FOR_FAMILIES[group.modality]}
      </p>
      <p className="mt-1 font-medium text-stone-900">{seatsLine(group)}</p>
      <ul className="mt-4 flex flex-col gap-3">
        {familyChildren.map((child) => (
          <li key={child.id} className="flex flex-col gap-2 border-t border-stone-200 pt-3">
            <ChildPlace group={group} child={child} timeZone={timeZone} {...handlers} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** A child outside the group's ages, said in words, then the child's place. */
function ChildPlace({
  group,
  child,
  timeZone,
  leaving,
  onLeave,
  onJoin,
}: { group: Group; child: ChildSummary; timeZone: string } & Handlers) {
  const place = group.places.find((p) => p.childId === child.id);
  const note = ageNote(group, child);
  return (
    <>
      {note ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950 ring-1 ring-amber-200">
          {note}. The therapist decides whether the group suits {child.firstName}.
        </p>
      ) : null}
      <Place
        place={place}
        group={group}
        child={child}
        timeZone={timeZone}
        leaving={leaving}
        onLeave={onLeave}
        onJoin={onJoin}
      />
    </>
  );
}

/** A seat, a place on the waitlist, or a way to ask for either. */
function Place({
  place,
  group,
  child,
  timeZone,
  leaving,
  onLeave,
  onJoin,
}: {
  place: Group["places"][number] | undefined;
  group: Group;
  child: ChildSummary;
  timeZone: string;
} & Handlers) {
  const cycle = useHourCycle();
  const open = hasOpenSeat(group);
  if (place?.status === "seated")
    return (
      <>
        <p className="font-medium text-green-900">{child.firstName} has a seat.</p>
        <ConfirmButton
          title={`Give up ${child.firstName}'s seat?`}
          description={`${groupTitle(group)}, ${dayAndTime(group.start, timeZone, cycle)}. Someone on the waitlist may take it.`}
          confirmLabel="Give up the seat"
          cancelLabel="Keep the seat"
          onConfirm={() => onLeave(group, child, "seat")}
        >
          Leave the group
        </ConfirmButton>
      </>
    );
  if (place?.status === "waiting")
    return (
      <>
        <p className="font-medium text-amber-900">
          {child.firstName} is number {place.position} on the waitlist.
        </p>
        <Button
          type="button"
          variant="secondary"
          busy={leaving?.appointmentId === group.id && leaving.childId === child.id}
          onClick={() => void onLeave(group, child, "waitlist")}
        >
          Leave the waitlist
        </Button>
      </>
    );
  return (
    <Button
      type="button"
      size="lg"
      variant={open ? "primary" : "secondary"}
      onClick={() => onJoin(group, child, !open)}
    >
      {open ? `Sign ${child.firstName} up` : `Join the waitlist for ${child.firstName}`}
    </Button>
  );
}
