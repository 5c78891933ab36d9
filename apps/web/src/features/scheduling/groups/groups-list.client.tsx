"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import type { UsState } from "@carryover/domain/clinic";
import { Alert, Badge, Button, ConfirmButton, EmptyState, SelectField } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import type { Group } from "~/features/scheduling/types";
import {
  isUsState,
  rememberedLocation,
  rememberLocation,
  STATE_OPTIONS,
} from "~/features/scheduling/us-states";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { Dialog } from "~/lib/dialog.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { clockTime, dayAndTime, longDay, zoneName } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Notice = { tone: "success" | "error"; text: string };
type Joining = { group: Group; child: ChildSummary; waitlist: boolean };

export function seatsLine(group: Pick<Group, "capacity" | "seatsLeft" | "waiting">): string {
  if (group.seatsLeft > 0 && group.waiting === 0)
    return `${group.seatsLeft} of ${group.capacity} seats left`;
  if (group.waiting === 0) return "Full — no one waiting yet";
  return `Full — ${group.waiting} ${group.waiting === 1 ? "family" : "families"} waiting`;
}

export function GroupsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useFamilyTimeZone();
  const groups = useQuery(trpc.group.list.queryOptions());
  const children = useQuery(trpc.child.list.queryOptions());
  const leave = useMutation(trpc.group.leave.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [joining, setJoining] = useState<Joining | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.group.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
    ]);

  if (groups.isPending || children.isPending || !timeZone)
    return <ListSkeleton rows={4} label="Loading group sessions" />;
  if (groups.isError || children.isError) {
    return (
      <QueryError
        error={groups.error ?? children.error}
        what="the group sessions"
        onRetry={() => {
          void groups.refetch();
          void children.refetch();
        }}
      />
    );
  }

  async function leaveGroup(group: Group, child: ChildSummary, from: "seat" | "waitlist") {
    setNotice(null);
    try {
      await leave.mutateAsync({ appointmentId: group.id, childId: child.id });
      setNotice({
        tone: "success",
        text:
          from === "seat"
            ? `${child.firstName} no longer has a seat in ${group.sessionTypeName} on ${dayAndTime(group.start, timeZone ?? "UTC")}.`
            : `${child.firstName} is off the waitlist for ${dayAndTime(group.start, timeZone ?? "UTC")}.`,
      });
      await refresh();
    } catch (error) {
      setNotice({ tone: "error", text: describeError(error).message });
    }
  }

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <p className="text-stone-600">Times are in {zoneName(timeZone)}.</p>
      <div aria-live="polite">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {groups.data.length === 0 ? (
        <EmptyState
          title="No group sessions open for sign-up right now"
          description="Your clinic adds groups from time to time. Check back soon, or ask your therapist which group would suit your child."
        />
      ) : children.data.length === 0 ? (
        <EmptyState
          title="No children linked to your account yet"
          description="Your clinic links your child to your account before you can sign up for a group."
        />
      ) : (
        <ul className="flex flex-col gap-4">
          {groups.data.map((group) => (
            <li
              key={group.id}
              aria-label={`${group.sessionTypeName}, ${dayAndTime(group.start, timeZone)}`}
              className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
            >
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-medium text-stone-600">{longDay(group.start, timeZone)}</p>
                  <p className="text-2xl font-semibold text-stone-900">
                    {clockTime(group.start, timeZone)}
                    <span className="text-lg font-normal text-stone-600">
                      {" "}
                      to {clockTime(group.end, timeZone)}
                    </span>
                  </p>
                </div>
                <Badge tone={group.seatsLeft > 0 && group.waiting === 0 ? "success" : "warning"}>
                  {group.seatsLeft > 0 && group.waiting === 0 ? "Open" : "Full"}
                </Badge>
              </div>
              <p className="mt-2 text-lg text-stone-900">{group.sessionTypeName}</p>
              <p className="text-stone-700">
                With {group.therapistName} · {MODALITY_LABELS_FOR_FAMILIES[group.modality]}
              </p>
              <p className="mt-1 font-medium text-stone-900">{seatsLine(group)}</p>
              <ul className="mt-4 flex flex-col gap-3">
                {children.data.map((child) => {
                  const place = group.places.find((p) => p.childId === child.id);
                  const open = group.seatsLeft > 0 && group.waiting === 0;
                  return (
                    <li
                      key={child.id}
                      className="flex flex-col gap-2 border-t border-stone-200 pt-3"
                    >
                      {place?.status === "seated" ? (
                        <>
                          <p className="font-medium text-green-900">
                            {child.firstName} has a seat.
                          </p>
                          <ConfirmButton
                            title={`Give up ${child.firstName}'s seat?`}
                            description={`${group.sessionTypeName}, ${dayAndTime(group.start, timeZone)}. Someone on the waitlist may take it.`}
                            confirmLabel="Give up the seat"
                            cancelLabel="Keep the seat"
                            onConfirm={() => leaveGroup(group, child, "seat")}
                          >
                            Leave the group
                          </ConfirmButton>
                        </>
                      ) : place?.status === "waiting" ? (
                        <>
                          <p className="font-medium text-amber-900">
                            {child.firstName} is number {place.position} on the waitlist.
                          </p>
                          <Button
                            type="button"
                            variant="secondary"
                            busy={
                              leave.isPending &&
                              leave.variables.appointmentId === group.id &&
                              leave.variables.childId === child.id
                            }
                            onClick={() => void leaveGroup(group, child, "waitlist")}
                          >
                            Leave the waitlist
                          </Button>
                        </>
                      ) : (
                        <Button
                          type="button"
                          size="lg"
                          variant={open ? "primary" : "secondary"}
                          onClick={() => {
                            setNotice(null);
                            setJoining({ group, child, waitlist: !open });
                          }}
                        >
                          {open
                            ? `Sign ${child.firstName} up`
                            : `Join the waitlist for ${child.firstName}`}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {joining ? (
        <JoinDialog
          {...joining}
          timeZone={timeZone}
          onClose={() => setJoining(null)}
          onDone={async (text) => {
            setJoining(null);
            setNotice({ tone: "success", text });
            await refresh();
          }}
        />
      ) : null}
    </div>
  );
}

function JoinDialog({
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
