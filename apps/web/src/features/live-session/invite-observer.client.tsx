"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Button, SelectField } from "@carryover/ui";

import { useTRPC } from "~/trpc/react.client";
import type { LiveSession } from "./types";
import type { LiveSessionActions } from "./use-live-session-actions.client";

/** A supervisor or student watches: they see and hear the session, nobody sees them, they change nothing. */
export function InviteObserver({
  session,
  actions,
}: {
  session: LiveSession;
  actions: LiveSessionActions;
}) {
  const trpc = useTRPC();
  const colleagues = useQuery(trpc.therapist.list.queryOptions());
  const [userId, setUserId] = useState("");
  const [invited, setInvited] = useState(false);
  const present = new Set(session.participants.map((p) => p.userId));
  const options = (colleagues.data ?? []).filter((c) => !present.has(c.id));
  const link = typeof window === "undefined" ? "" : window.location.href;
  return (
    <section aria-labelledby="observer-title" className="flex flex-col gap-2">
      <h3 id="observer-title" className="font-semibold text-stone-900">
        Observer
      </h3>
      {options.length === 0 ? (
        <p className="text-sm text-stone-600">No other colleague to invite.</p>
      ) : (
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const chosen = userId || options[0]?.id;
            if (!chosen) return;
            actions.inviteObserver.mutate(
              { appointmentId: session.appointmentId, userId: chosen },
              { onSuccess: () => setInvited(true) },
            );
          }}
        >
          <SelectField
            label="Colleague (a supervisor or student)"
            name="observer"
            value={userId || (options[0]?.id ?? "")}
            onChange={(e) => (setUserId(e.target.value), setInvited(false))}
            options={options.map((c) => ({ value: c.id, label: c.name }))}
            hint="They watch and listen only; the family sees they are there in the people list."
          />
          <Button
            type="submit"
            size="sm"
            variant="secondary"
            busy={actions.inviteObserver.isPending}
          >
            Invite to observe
          </Button>
        </form>
      )}
      {invited ? (
        <p role="status" className="text-sm text-green-800">
          Invited. Send them this page&apos;s address: <span className="break-all">{link}</span>
        </p>
      ) : null}
    </section>
  );
}
