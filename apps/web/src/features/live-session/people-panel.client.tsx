"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Badge, Button, ConfirmButton, SelectField } from "@carryover/ui";

import { useTRPC } from "~/trpc/react.client";
import type { LiveSession } from "./types";
import type { LiveSessionActions } from "./use-live-session-actions.client";

const PARTICIPANT_ROLE_LABELS = {
  therapist: "Therapist",
  guardian: "Family",
  observer: "Observer",
} as const;

/** Who is waiting and who is in: admit, turn away, mute, remove, spotlight; end for everyone. */
export function PeoplePanel({
  session,
  actions,
}: {
  session: LiveSession;
  actions: LiveSessionActions;
}) {
  const ref = { appointmentId: session.appointmentId };
  const waiting = session.participants.filter((p) => p.admission === "waiting");
  const inside = session.participants.filter((p) => p.admission === "admitted");
  return (
    <div className="flex flex-col gap-5">
      <section aria-labelledby="waiting-title" className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-2">
          <h3 id="waiting-title" className="font-semibold text-stone-900">
            Waiting to join ({waiting.length})
          </h3>
          {waiting.length > 1 ? (
            <Button
              type="button"
              size="sm"
              busy={actions.admit.isPending}
              onClick={() => actions.admit.mutate(ref)}
            >
              Admit all
            </Button>
          ) : null}
        </div>
        {waiting.length === 0 ? (
          <p className="text-sm text-stone-600">Nobody is waiting.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {waiting.map((p) => (
              <li
                key={p.userId}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-amber-50 px-3 py-2"
              >
                <span className="font-medium text-stone-900">{p.name}</span>
                <span className="flex gap-2">
                  <Button
                    type="button"
                    size="sm"
                    aria-label={`Admit ${p.name}`}
                    onClick={() => actions.admit.mutate({ ...ref, userIds: [p.userId] })}
                  >
                    Admit
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    aria-label={`Turn away ${p.name}`}
                    onClick={() => actions.deny.mutate({ ...ref, userId: p.userId })}
                  >
                    Deny
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="inside-title" className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-2">
          <h3 id="inside-title" className="font-semibold text-stone-900">
            In the session ({inside.length})
          </h3>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={() => actions.muteAll.mutate(ref)}
          >
            Mute everyone
          </Button>
        </div>
        <ul className="flex flex-col gap-2">
          {inside.map((p) => {
            const spotlit = session.spotlightIdentity === p.identity;
            return (
              <li
                key={p.userId}
                className="flex flex-col gap-2 rounded-lg border border-stone-200 px-3 py-2"
              >
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-stone-900">{p.name}</span>
                  <Badge>{PARTICIPANT_ROLE_LABELS[p.role]}</Badge>
                  {p.breakout ? <Badge tone="brand">{p.breakout}</Badge> : null}
                  {spotlit ? <Badge tone="success">Spotlight</Badge> : null}
                </span>
                {p.role === "therapist" ? null : (
                  <span className="flex flex-wrap gap-2">
                    <Button
                      type="button"
                      size="sm"
                      variant="secondary"
                      aria-label={`Mute ${p.name}`}
                      onClick={() =>
                        actions.moderate.mutate({ ...ref, identity: p.identity, action: "mute" })
                      }
                    >
                      Mute
                    </Button>
                    <Button
                      type="button"
                      size="sm"
                      variant="secondary"
                      aria-pressed={spotlit}
                      onClick={() =>
                        actions.spotlight.mutate({ ...ref, identity: spotlit ? null : p.identity })
                      }
                    >
                      {spotlit ? "End spotlight" : "Spotlight"}
                    </Button>
                    <ConfirmButton
                      title={`Remove ${p.name} from the session?`}
                      description="They leave the video now. They can ask to join again from the lobby."
                      confirmLabel="Remove"
                      tone="danger"
                      size="sm"
                      variant="ghost"
                      onConfirm={async () => {
                        await actions.moderate
                          .mutateAsync({ ...ref, identity: p.identity, action: "remove" })
                          .catch(() => undefined);
                      }}
                    >
                      Remove
                    </ConfirmButton>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <InviteObserver session={session} actions={actions} />

      <ConfirmButton
        title="End the session for everyone?"
        description="Everyone leaves the video and nobody can rejoin. The summary and your draft note open next."
        confirmLabel="End for everyone"
        tone="danger"
        onConfirm={async () => {
          await actions.end.mutateAsync(ref).catch(() => undefined);
        }}
      >
        End session for everyone
      </ConfirmButton>
    </div>
  );
}

/** A supervisor or student watches: they see and hear the session, nobody sees them, they change nothing. */
function InviteObserver({
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
