"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, EmptyState } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import type { Group } from "~/features/scheduling/types";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { dayAndTime, zoneName } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { groupTitle } from "./age-note";
import { GroupCard } from "./group-card.client";
import { JoinDialog, type Joining } from "./join-dialog.client";

type Notice = { tone: "success" | "error"; text: string };

export function GroupsList() {
  const cycle = useHourCycle();
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

  const leaveGroup = async (group: Group, child: ChildSummary, from: "seat" | "waitlist") => {
    setNotice(null);
    try {
      await leave.mutateAsync({ appointmentId: group.id, childId: child.id });
      setNotice({
        tone: "success",
        text:
          from === "seat"
            ? `${child.firstName} no longer has a seat in ${groupTitle(group)} on ${dayAndTime(group.start, timeZone, cycle)}.`
            : `${child.firstName} is off the waitlist for ${dayAndTime(group.start, timeZone, cycle)}.`,
      });
      await refresh();
    } catch (error) {
      setNotice({ tone: "error", text: describeError(error).message });
    }
  };

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
            <GroupCard
              key={group.id}
              group={group}
              familyChildren={children.data}
              timeZone={timeZone}
              leaving={leave.isPending ? leave.variables : null}
              onLeave={leaveGroup}
              onJoin={(g, child, waitlist) => {
                setNotice(null);
                setJoining({ group: g, child, waitlist });
              }}
            />
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
