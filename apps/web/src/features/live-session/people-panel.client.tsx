"use client";

import { Badge, Button, ConfirmButton } from "@carryover/ui";

import { InviteObserver } from "./invite-observer.client";
import type { LiveParticipant, LiveSession } from "./types";
import type { LiveSessionActions } from "./use-live-session-actions.client";

const PARTICIPANT_ROLE_LABELS = {
  therapist: "Therapist",
  guardian: "Family",
  observer: "Observer",
} as const;

type PanelProps = { session: LiveSession; actions: LiveSessionActions };

/** Who is waiting and who is in: admit, turn away, mute, remove, spotlight; end for everyone. */
export function PeoplePanel({ session, actions }: PanelProps) {
  const ref = { appointmentId: session.appointmentId };
  return (
    <div className="flex flex-col gap-5">
      <WaitingToJoin session={session} actions={actions} />
      <InTheSession session={session} actions={actions} />
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

function WaitingToJoin({ session, actions }: PanelProps) {
  const ref = { appointmentId: session.appointmentId };
  const waiting = session.participants.filter((p) => p.admission === "waiting");
  return (
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
  );
}

function InTheSession({ session, actions }: PanelProps) {
  const inside = session.participants.filter((p) => p.admission === "admitted");
  return (
    <section aria-labelledby="inside-title" className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id="inside-title" className="font-semibold text-stone-900">
          In the session ({inside.length})
        </h3>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => actions.muteAll.mutate({ appointmentId: session.appointmentId })}
        >
          Mute everyone
        </Button>
      </div>
      <ul className="flex flex-col gap-2">
        {inside.map((p) => (
          <ParticipantRow
            key={p.userId}
            participant={p}
            spotlit={session.spotlightIdentity === p.identity}
            appointmentId={session.appointmentId}
            actions={actions}
          />
        ))}
      </ul>
    </section>
  );
}

/** Someone in the room; the therapist can mute, spotlight or remove anyone but themselves. */
function ParticipantRow({
  participant: p,
  spotlit,
  appointmentId,
  actions,
}: {
  participant: LiveParticipant;
  spotlit: boolean;
  appointmentId: string;
  actions: LiveSessionActions;
}) {
  const ref = { appointmentId };
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-stone-200 px-3 py-2">
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
}
