"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import type { ReactNode } from "react";

import { Alert, Badge, buttonClasses, Card, cn } from "@carryover/ui";

import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { dayAndTime, zoneAbbreviation } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { CallClinic } from "./call-clinic.client";
import { EntryBar } from "./entry-bar.client";
import { Lobby } from "./lobby.client";
import { roomPhase } from "./room-phase";
import { sessionTitle } from "./session-title";
import { SidePanel } from "./side-panel.client";
import type { LiveSession } from "./types";
import { useLiveSessionRoom } from "./use-live-session-room.client";
import type { MediaChoice } from "./use-local-media.client";
import type { JoinTicket } from "./video-stage.client";

// LiveKit's client and components load only once the room has a token to join with, not in the lobby.
const VideoStage = dynamic(() => import("./video-stage.client").then((m) => m.VideoStage), {
  ssr: false,
  loading: () => (
    <p role="status" className="rounded-xl bg-stone-900 p-6 text-stone-100">
      Connecting to the video…
    </p>
  ),
});

/**
 * One telehealth session: the lobby (devices, connection, kit), the wait for the therapist, then
 * the room — video beside the child's live home program and, for the therapist, the coaching tools.
 */
export function LiveSessionRoom({
  appointmentId,
  today,
  timeZone,
}: {
  appointmentId: string;
  today: string;
  timeZone: string;
}) {
  const room = useLiveSessionRoom(appointmentId);
  const { view, enter, token, ticket } = room;
  const session = view.data;

  if (view.isPending) return <ListSkeleton rows={5} label="Opening the session" />;
  if (view.isError)
    return (
      <QueryError error={view.error} what="this session" onRetry={() => void view.refetch()} />
    );
  if (!session) return null;

  const header = <LiveSessionHeader session={session} />;
  const phase = roomPhase(session, room.joining);

  if (phase === "ended")
    return (
      <WithHeader header={header}>
        <Card title="This session has ended">
          <p className="text-stone-700">
            Thank you for joining. The summary shows what changed and what comes next.
          </p>
          <Link href={`/sessions/${appointmentId}/summary`} className={cn(buttonClasses(), "mt-4")}>
            See the summary
          </Link>
        </Card>
      </WithHeader>
    );

  if (phase === "closed")
    return (
      <WithHeader header={header}>
        <Card title={session.window.message ?? "This session is not open"}>
          <p className="text-stone-700">
            The video room opens 10 minutes or so before the start. Keep this page open: it opens by
            itself.
          </p>
        </Card>
      </WithHeader>
    );

  if (phase === "lobby")
    return (
      <WithHeader header={header}>
        <Lobby
          session={session}
          choice={room.choice}
          onChoice={room.setChoice}
          reachability={room.reachability}
          onReachability={room.onReachability}
          entry={
            <EntryBar
              session={session}
              joining={room.joining}
              busy={enter.isPending}
              problem={enter.isError ? describeError(enter.error).message : null}
              onEnter={() => enter.mutate({ appointmentId })}
            />
          }
        />
      </WithHeader>
    );

  return (
    <div className="flex flex-col gap-4">
      {header}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-h-[22rem]">
          <VideoArea
            problem={token.isError ? describeError(token.error).message : null}
            ticket={ticket}
            choice={room.choice}
            session={session}
            unreachable={room.reachability === "unreachable"}
            onRetry={room.retryVideo}
          />
        </div>
        <SidePanel
          session={session}
          today={today}
          timeZone={timeZone}
          visiting={room.visiting}
          onVisit={room.setVisiting}
        />
      </div>
    </div>
  );
}

function WithHeader({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-6">
      {header}
      {children}
    </div>
  );
}

function LiveSessionHeader({ session }: { session: LiveSession }) {
  // The viewer's zone is known only in the browser: the server renders no time, so both agree.
  const zone = useFamilyTimeZone();
  const cycle = useHourCycle();
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-2">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{sessionTitle(session)}</h1>
        <p className="text-stone-600">
          {zone
            ? `${dayAndTime(session.start, zone, cycle)} ${zoneAbbreviation(session.start, zone)}`
            : "\u00a0"}
          {session.children.length
            ? ` · ${session.children.map((c) => c.firstName).join(", ")}`
            : ""}
        </p>
      </div>
      {session.myBreakout ? <Badge tone="brand">You are in {session.myBreakout}</Badge> : null}
    </header>
  );
}

function VideoArea({
  problem,
  ticket,
  choice,
  session,
  unreachable,
  onRetry,
}: {
  problem: string | null;
  ticket: JoinTicket | null;
  choice: MediaChoice;
  session: LiveSession;
  unreachable: boolean;
  onRetry: () => void;
}) {
  if (problem)
    return (
      <Alert tone="error" title="We couldn't open the video">
        <p>{problem}</p>
        <CallClinic />
      </Alert>
    );
  if (!ticket)
    return (
      <p role="status" className="rounded-xl bg-stone-900 p-6 text-stone-100">
        Connecting to the video…
      </p>
    );
  return (
    <VideoStage
      ticket={ticket}
      choice={choice}
      spotlightIdentity={session.spotlightIdentity}
      canPublish={session.role !== "observer"}
      unreachable={unreachable}
      onRetry={onRetry}
    />
  );
}
