"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import type { UsState } from "@carryover/domain/clinic";
import { Alert, Button } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import { ChildLocationField } from "~/features/scheduling/child-location-field.client";
import type { Group } from "~/features/scheduling/types";
import { rememberedLocation, rememberLocation } from "~/features/scheduling/us-states";
import { Dialog } from "~/lib/dialog.client";
import { focusFirstInvalid } from "~/lib/form-errors";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { dayAndTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { ageNote, groupTitle } from "./age-note";
import { joinMessages, joinRequest, type JoinMessages } from "./join-request";
import { seatsLine } from "./seats";

export type Joining = { group: Group; child: ChildSummary; waitlist: boolean };

/** Taking a seat in a group, or a place on its waitlist, for one child. */
export function JoinDialog({
  group,
  child,
  waitlist,
  timeZone,
  onClose,
  onDone,
}: Joining & { timeZone: string; onClose: () => void; onDone: (text: string) => Promise<void> }) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const join = useMutation(trpc.group.join.mutationOptions());
  const wait = useMutation(trpc.waitlist.join.mutationOptions());
  const [location, setLocation] = useState<UsState | "">(() => rememberedLocation(child.id));
  const [locationError, setLocationError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const busy = join.isPending || wait.isPending;
  const video = group.modality === "telehealth";
  const outsideAges = ageNote(group, child);
  const title = groupTitle(group);

  function show(messages: JoinMessages) {
    setLocationError(messages.locationError);
    setProblem(messages.problem);
    if (messages.locationError) focusFirstInvalid(form.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const request = joinRequest({ group, child, location });
    if (!request.ok) return show(request.messages);
    const { input } = request;
    try {
      const result = waitlist ? await wait.mutateAsync(input) : await join.mutateAsync(input);
      if (input.childLocationState) rememberLocation(child.id, input.childLocationState);
      await onDone(
        result.status === "joined"
          ? `${child.firstName} has a seat in ${title} on ${dayAndTime(group.start, timeZone, cycle)}. It's in your sessions.`
          : `${child.firstName} is number ${result.position} on the waitlist for ${dayAndTime(group.start, timeZone, cycle)}.`,
      );
    } catch (error) {
      show(joinMessages(describeError(error)));
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      busy={busy}
      title={waitlist ? `Join the waitlist for ${child.firstName}?` : `Sign ${child.firstName} up?`}
      description={`${title} with ${group.therapistName}, ${dayAndTime(group.start, timeZone, cycle)}. ${seatsLine(group)}.`}
    >
      <form
        ref={form}
        onSubmit={(event) => void submit(event)}
        noValidate
        className="flex flex-col gap-4"
      >
        {video ? (
          <ChildLocationField
            childName={child.firstName}
            value={location}
            onChange={(chosen) => {
              setLocation(chosen);
              setLocationError(null);
            }}
            error={locationError}
          />
        ) : null}
        {outsideAges ? (
          <Alert tone="warning" title={`${outsideAges}.`}>
            You can still ask: the therapist decides whether the group suits {child.firstName}, and
            may suggest another.
          </Alert>
        ) : null}
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <Button type="submit" size="lg" busy={busy}>
          {`${waitlist ? "Join the waitlist" : "Take the seat"}${outsideAges ? " anyway" : ""}`}
        </Button>
        <Button type="button" variant="secondary" size="lg" disabled={busy} onClick={onClose}>
          Not now
        </Button>
      </form>
    </Dialog>
  );
}
