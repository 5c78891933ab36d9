import Link from "next/link";

import { Badge, buttonClasses, Card } from "@carryover/ui";

import { formatTime, type HourCycle } from "~/lib/time";
import { plural } from "~/lib/words";
import { MODALITY_LABELS_FOR_STAFF, SESSION_KIND_LABELS } from "../labels";
import type { AgendaSession } from "./agenda";
import { agendaLinkOf } from "./agenda";

const linkClasses =
  "rounded font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** The therapist's sessions today, in order, each with what to do next: join it or read its summary. */
export function TodayAgenda({
  sessions,
  timeZone,
  now,
  dayLabel,
  cycle,
}: {
  sessions: AgendaSession[];
  timeZone: string;
  now: Date;
  dayLabel: string;
  cycle: HourCycle;
}) {
  const ordered = [...sessions].sort((a, b) => +a.start - +b.start);
  const active = ordered.filter((s) => s.status !== "cancelled").length;
  return (
    <Card
      title="Today's agenda"
      description={
        ordered.length === 0
          ? dayLabel
          : `${dayLabel} · ${plural(active, "session")}${active === ordered.length ? "" : `, ${ordered.length - active} cancelled`}`
      }
    >
      {ordered.length === 0 ? (
        <p className="text-stone-700">No sessions today. Your attention list is below.</p>
      ) : (
        <ol className="divide-y divide-stone-200" aria-label="Today's sessions, in order">
          {ordered.map((session) => (
            <AgendaItem
              key={session.id}
              session={session}
              timeZone={timeZone}
              now={now}
              cycle={cycle}
            />
          ))}
        </ol>
      )}
    </Card>
  );
}

function AgendaItem({
  session,
  timeZone,
  now,
  cycle,
}: {
  session: AgendaSession;
  timeZone: string;
  now: Date;
  cycle: HourCycle;
}) {
  const link = agendaLinkOf(session, now);
  const cancelled = session.status === "cancelled";
  const who =
    session.children.length === 0
      ? "No families booked yet"
      : session.kind === "group"
        ? `${plural(session.children.length, "family", "families")}: ${session.children.map((c) => c.firstName).join(", ")}`
        : session.children.map((c) => `${c.firstName} ${c.lastName}`).join(", ");
  return (
    <li className="flex flex-col gap-3 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className={`flex min-w-0 gap-4 ${cancelled ? "text-stone-500" : ""}`}>
        <p className="w-28 shrink-0 font-semibold text-stone-900 tabular-nums">
          <time dateTime={session.start.toISOString()}>
            {formatTime(session.start, timeZone, cycle)}
          </time>
        </p>
        <div className="min-w-0">
          <p className="font-medium text-stone-900">
            {session.kind !== "group" && session.children[0] ? (
              <Link href={`/children/${session.children[0].childId}`} className={linkClasses}>
                {who}
              </Link>
            ) : (
              who
            )}
          </p>
          <p className="text-sm text-stone-600">
            {SESSION_KIND_LABELS[session.kind]} · {MODALITY_LABELS_FOR_STAFF[session.modality]} ·
            until {formatTime(session.end, timeZone, cycle)}
          </p>
        </div>
      </div>
      <div className="flex shrink-0 items-center gap-2">
        {cancelled ? <Badge>Cancelled</Badge> : null}
        {session.status === "no_show" ? <Badge tone="warning">No-show</Badge> : null}
        {link ? (
          <Link
            href={link.href}
            className={buttonClasses({
              size: "sm",
              variant: link.kind === "join" ? "primary" : "secondary",
            })}
          >
            {link.kind === "join" ? "Join" : "Summary"}
            <span className="sr-only">
              {" "}
              — {who} at {formatTime(session.start, timeZone, cycle)}
            </span>
          </Link>
        ) : null}
      </div>
    </li>
  );
}
