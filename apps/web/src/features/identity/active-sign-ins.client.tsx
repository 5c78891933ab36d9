"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, Badge, Card, ConfirmButton, VisuallyHidden } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { dayAndTimeSince, timeAgo } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { describeSignInPlace } from "./labels";
import type { ActiveSignIn } from "./types";

type Notice = { tone: "success" | "error"; text: string };

/** Where the person is signed in now, with a way to sign out any device but this one. */
export function ActiveSignIns() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.account.listSignIns.queryOptions());
  const signOut = useMutation(trpc.account.signOutSignIn.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);

  async function signOutDevice(signIn: ActiveSignIn) {
    setNotice(null);
    try {
      await signOut.mutateAsync({ signInId: signIn.id });
      setNotice({ tone: "success", text: `${signIn.device} is signed out.` });
    } catch (error) {
      setNotice({
        tone: "error",
        text: `We couldn't sign out ${signIn.device}. ${describeError(error).message}`,
      });
    }
    await queryClient.invalidateQueries({ queryKey: trpc.account.listSignIns.queryKey() });
  }

  return (
    <Card
      title="Where you're signed in"
      description="If you don't recognize a device, or no longer use it, sign it out."
    >
      <div aria-live="polite" className="empty:hidden">
        {notice ? (
          <Alert tone={notice.tone} className="mb-4">
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {list.isPending ? (
        <ListSkeleton rows={2} label="Loading where you're signed in…" />
      ) : list.isError ? (
        <QueryError
          error={list.error}
          what="where you're signed in"
          onRetry={() => void list.refetch()}
        />
      ) : (
        <ul aria-label="Your sign-ins" className="divide-y divide-stone-200">
          {list.data.signIns.map((signIn) => (
            <SignInItem
              key={signIn.id}
              signIn={signIn}
              timeZone={list.data.timeZone}
              now={list.data.asOf}
              onSignOut={() => signOutDevice(signIn)}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

function SignInItem({
  signIn,
  timeZone,
  now,
  onSignOut,
}: {
  signIn: ActiveSignIn;
  timeZone: string;
  now: Date;
  onSignOut: () => Promise<void>;
}) {
  const cycle = useHourCycle();
  const active = signIn.current ? "active now" : `active ${timeAgo(signIn.lastSeenAt, now)}`;
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
          {signIn.device}
          {signIn.current ? <Badge tone="success">This device</Badge> : null}
        </p>
        <p className="text-stone-700">
          Signed in {dayAndTimeSince(signIn.signedInAt, timeZone, now, cycle)}, {active}
        </p>
        <p className="text-sm text-stone-600">{describeSignInPlace(signIn.place)}</p>
      </div>
      {signIn.current ? null : (
        <ConfirmButton
          title={`Sign out ${signIn.device}?`}
          description="Whoever uses it will need your password to get back in. You stay signed in here."
          confirmLabel="Sign out"
          size="sm"
          className="self-start sm:self-center"
          onConfirm={onSignOut}
        >
          Sign out<VisuallyHidden> {signIn.device}</VisuallyHidden>
        </ConfirmButton>
      )}
    </li>
  );
}
