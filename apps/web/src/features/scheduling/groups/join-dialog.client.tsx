"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import type { UsState } from "@carryover/domain/clinic";
import { Alert, Button, SelectField } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import type { Group } from "~/features/scheduling/types";
import {
  isUsState,
  rememberedLocation,
  rememberLocation,
  STATE_OPTIONS,
} from "~/features/scheduling/us-states";
import { Dialog } from "~/lib/dialog.client";
import { dayAndTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
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
  const trpc = useTRPC();
  const join = useMutation(trpc.group.join.mutationOptions());
  const wait = useMutation(trpc.waitlist.join.mutationOptions());
  const [location, setLocation] = useState<UsState | "">(() => rememberedLocation(child.id));
  const [locationError, setLocationError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = join.isPending || wait.isPending;
  const video = group.modality === "telehealth";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (video && !isUsState(location)) {
      setLocationError(`Choose the state ${child.firstName} will be in during the video session.`);
      return;
    }
    const input = {
      appointmentId: group.id,
      childId: child.id,
      childLocationState: video && isUsState(location) ? location : null,
    };
    try {
      const result = waitlist ? await wait.mutateAsync(input) : await join.mutateAsync(input);
      if (input.childLocationState) rememberLocation(child.id, input.childLocationState);
      await onDone(
        result.status === "joined"
          ? `${child.firstName} has a seat in ${group.sessionTypeName} on ${dayAndTime(group.start, timeZone)}. It's in your sessions.`
          : `${child.firstName} is number ${result.position} on the waitlist for ${dayAndTime(group.start, timeZone)}.`,
      );
    } catch (error) {
      const { message, field } = describeError(error);
      if (field === "childLocationState") setLocationError(message);
      else setProblem(message);
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      busy={busy}
      title={waitlist ? `Join the waitlist for ${child.firstName}?` : `Sign ${child.firstName} up?`}
      description={`${group.sessionTypeName} with ${group.therapistName}, ${dayAndTime(group.start, timeZone)}. ${seatsLine(group)}.`}
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
        {video ? (
          <SelectField
            label={`Where will ${child.firstName} be during the session?`}
            name="childLocationState"
            hint="Therapists can only hold video sessions with children in states where they are licensed."
            required
            options={STATE_OPTIONS}
            value={location}
            onChange={(event) => {
              const value = event.target.value;
              setLocation(isUsState(value) ? value : "");
              setLocationError(null);
            }}
            error={locationError ?? undefined}
          />
        ) : null}
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <Button type="submit" size="lg" busy={busy}>
          {waitlist ? "Join the waitlist" : "Take the seat"}
        </Button>
        <Button type="button" variant="secondary" size="lg" disabled={busy} onClick={onClose}>
          Not now
        </Button>
      </form>
    </Dialog>
  );
}
