"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";

import { Alert, Badge, Button, buttonClasses, Card, cn } from "@carryover/ui";

import { ProgramPanel } from "~/features/home-program/program-panel/program-panel.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { viewerWeekdayAndTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { BreakoutsPanel } from "./breakouts-panel.client";
import { CoachingTools } from "./coaching-tools.client";
import { checkVideoServer, type VideoReachability } from "./connection-check";
import { Lobby } from "./lobby.client";
import { PeoplePanel } from "./people-panel.client";
import type { LiveSession } from "./types";
import { useLiveSessionActions } from "./use-live-session-actions.client";
import type { MediaChoice } from "./use-local-media.client";
import { VideoStage, type JoinTicket } from "./video-stage.client";

const POLL_MS = 2_000;

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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const view = useQuery({
    ...trpc.liveSession.get.queryOptions({ appointmentId }),
    refetchInterval: POLL_MS,
  });
  const [choice, setChoice] = useState<MediaChoice>({
    cameraId: null,
    microphoneId: null,
    audioOnly: false,
  });
  const [reachability, setReachability] = useState<VideoReachability>("checking");
  const [joining, setJoining] = useState(false);
  const [visiting, setVisiting] = useState<string | null>(null);
  const [ticket, setTicket] = useState<JoinTicket | null>(null);
  const enter = useMutation(
    trpc.liveSession.enter.mutationOptions({
      onSuccess: () => {
        setJoining(true);
        void queryClient.invalidateQueries({
          queryKey: trpc.liveSession.get.queryKey({ appointmentId }),
        });
      },
    }),
  );
  const token = useMutation(trpc.liveSession.token.mutationOptions({ onSuccess: setTicket }));
  const session = view.data;
  // Someone waiting asked already (perhaps before a reload): admission takes them straight in.
  if (session?.admission === "waiting" && !joining) setJoining(true);
  const inRoom = Boolean(session && !session.ended && session.admission === "admitted" && joining);
  const roomKey = inRoom ? `${session?.myBreakout ?? "main"}|${visiting ?? ""}` : null;
  const requestToken = token.mutate;
  useEffect(() => {
    if (!roomKey) return;
    requestToken({ appointmentId, breakoutRoomName: visiting ?? undefined });
  }, [roomKey, appointmentId, visiting, requestToken]);

  const onReachability = useCallback((r: VideoReachability) => setReachability(r), []);
  const retryVideo = () => {
    setReachability("checking");
    void checkVideoServer(session?.videoUrl ?? "").then(setReachability);
  };

  if (view.isPending) return <ListSkeleton rows={5} label="Opening the session" />;
  if (view.isError)
    return (
      <QueryError error={view.error} what="this session" onRetry={() => void view.refetch()} />
    );
  if (!session) return null;

  const header = (
    <header className="flex flex-wrap items-baseline justify-between gap-2">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">
          {session.title} with {session.therapistFirstName}
        </h1>
        <p className="text-stone-600">
          {viewerWeekdayAndTime(session.start)}
          {session.children.length
            ? ` · ${session.children.map((c) => c.firstName).join(", ")}`
            : ""}
        </p>
      </div>
      {session.myBreakout ? <Badge tone="brand">You are in {session.myBreakout}</Badge> : null}
    </header>
  );

  if (session.ended)
    return (
      <div className="flex flex-col gap-6">
        {header}
        <Card title="This session has ended">
          <p className="text-stone-700">
            Thank you for joining. The summary shows what changed and what comes next.
          </p>
          <Link href={`/sessions/${appointmentId}/summary`} className={cn(buttonClasses(), "mt-4")}>
            See the summary
          </Link>
        </Card>
      </div>
    );

  if (!session.window.open)
    return (
      <div className="flex flex-col gap-6">
        {header}
        <Card title={session.window.message ?? "This session is not open"}>
          <p className="text-stone-700">
            The video room opens 10 minutes or so before the start. Keep this page open: it opens by
            itself.
          </p>
        </Card>
      </div>
    );

  if (!inRoom)
    return (
      <div className="flex flex-col gap-6">
        {header}
        <EntryBar
          session={session}
          joining={joining}
          busy={enter.isPending}
          problem={enter.isError ? describeError(enter.error).message : null}
          onEnter={() => enter.mutate({ appointmentId })}
        />
        <Lobby
          session={session}
          choice={choice}
          onChoice={setChoice}
          reachability={reachability}
          onReachability={onReachability}
        />
      </div>
    );

  return (
    <div className="flex flex-col gap-4">
      {header}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-h-[22rem]">
          {token.isError ? (
            <Alert tone="error" title="We couldn't open the video">
              <p>{describeError(token.error).message}</p>
            </Alert>
          ) : ticket ? (
            <VideoStage
              ticket={ticket}
              choice={choice}
              spotlightIdentity={session.spotlightIdentity}
              canPublish={session.role !== "observer"}
              unreachable={reachability === "unreachable"}
              onRetry={retryVideo}
            />
          ) : (
            <p role="status" className="rounded-xl bg-stone-900 p-6 text-stone-100">
              Connecting to the video…
            </p>
          )}
        </div>
        <SidePanel
          session={session}
          today={today}
          timeZone={timeZone}
          visiting={visiting}
          onVisit={setVisiting}
        />
      </div>
    </div>
  );
}

/** What the person can do from the lobby: start, ask to join, wait, or join once admitted. */
function EntryBar({
  session,
  joining,
  busy,
  problem,
  onEnter,
}: {
  session: LiveSession;
  joining: boolean;
  busy: boolean;
  problem: string | null;
  onEnter: () => void;
}) {
  if (session.admission === "denied")
    return (
      <Alert tone="error" title="You weren't let into this session">
        <p>Contact the clinic if you think this is a mistake.</p>
      </Alert>
    );
  if (session.admission === "waiting")
    return (
      <div
        role="status"
        className="flex flex-col gap-1 rounded-xl border border-amber-300 bg-amber-50 p-4"
      >
        <p className="text-lg font-semibold text-amber-900">
          Waiting for {session.therapistFirstName} to let you in…
        </p>
        <p className="text-amber-900">
          You&apos;ll join by yourself as soon as you&apos;re admitted. Keep this page open.
        </p>
      </div>
    );
  const label =
    session.role === "therapist"
      ? "Start the session"
      : session.admission === "admitted"
        ? "Join now"
        : "Ask to join";
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-stone-700">
        {session.role === "therapist"
          ? "Families wait in their lobby until you admit them."
          : `When you're ready, ask to join. ${session.therapistFirstName} lets you in.`}
      </p>
      <Button type="button" size="lg" busy={busy || (joining && !problem)} onClick={onEnter}>
        {label}
      </Button>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}

type Tab = "program" | "coaching" | "people" | "breakouts";

function SidePanel({
  session,
  today,
  timeZone,
  visiting,
  onVisit,
}: {
  session: LiveSession;
  today: string;
  timeZone: string;
  visiting: string | null;
  onVisit: (roomName: string | null) => void;
}) {
  const therapist = session.role === "therapist";
  const actions = useLiveSessionActions(session.appointmentId);
  const waiting = session.participants.filter((p) => p.admission === "waiting").length;
  const tabs: { id: Tab; label: string }[] = [
    { id: "program", label: "Home program" },
    ...(therapist
      ? [
          { id: "coaching" as const, label: "Coaching" },
          { id: "people" as const, label: waiting ? `People (${waiting} waiting)` : "People" },
          ...(session.isGroup ? [{ id: "breakouts" as const, label: "Breakouts" }] : []),
        ]
      : []),
  ];
  const [tab, setTab] = useState<Tab>("program");
  const [childId, setChildId] = useState(session.children[0]?.id ?? "");
  const child = session.children.find((c) => c.id === childId) ?? session.children[0];
  return (
    <aside
      aria-label="Session side panel"
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      {therapist && waiting > 0 && tab !== "people" ? (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
          {waiting === 1 ? "Someone is" : `${waiting} people are`} waiting to join.{" "}
          <button type="button" className="font-medium underline" onClick={() => setTab("people")}>
            See who
          </button>
        </p>
      ) : null}
      <div
        role="tablist"
        aria-label="Side panel"
        hidden={tabs.length === 1}
        className="flex flex-wrap gap-1 border-b border-stone-200 pb-2"
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setTab(t.id)}
            className="min-h-11 rounded-md px-3 text-sm font-medium text-stone-700 aria-selected:bg-brand-50 aria-selected:text-brand-900"
          >
            {t.label}
          </button>
        ))}
      </div>
      {actions.problem ? <Alert tone="error">{actions.problem}</Alert> : null}
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="min-w-0">
        {tab === "program" ? (
          session.role === "observer" ? (
            <p className="text-stone-600">
              As an observer you see and hear the session; the home program stays with the
              child&apos;s therapist and family.
            </p>
          ) : child ? (
            <div className="flex flex-col gap-3">
              {session.children.length > 1 ? (
                <div role="group" aria-label="Whose program" className="flex flex-wrap gap-1">
                  {session.children.map((c) => (
                    <Button
                      key={c.id}
                      type="button"
                      size="sm"
                      variant={c.id === child.id ? "primary" : "secondary"}
                      aria-pressed={c.id === child.id}
                      onClick={() => setChildId(c.id)}
                    >
                      {c.firstName}
                    </Button>
                  ))}
                </div>
              ) : null}
              <ProgramPanel
                key={child.id}
                childId={child.id}
                firstName={child.firstName}
                timeZone={timeZone}
                today={today}
                staff={therapist}
                compact
              />
            </div>
          ) : (
            <p className="text-stone-600">No children are booked into this session yet.</p>
          )
        ) : tab === "coaching" ? (
          <CoachingTools session={session} actions={actions} today={today} />
        ) : tab === "people" ? (
          <PeoplePanel session={session} actions={actions} />
        ) : (
          <BreakoutsPanel
            session={session}
            actions={actions}
            visiting={visiting}
            onVisit={onVisit}
          />
        )}
      </div>
    </aside>
  );
}
