import { findSessionRecord, findVisitNoteId, insertVisitNote } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { serviceMinutes, VisitNoteContent } from "@carryover/domain/clinical-notes";
import { chainAttempt, ladderTrials, type PracticeEntry } from "@carryover/domain/home-program";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { joinWindowOf } from "../live-session/live-room";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import { isGroupSession } from "../policy/group-session-access";
import { readAhead } from "../trpc/read-ahead";
import { auditNote, noteAuditEvent } from "./note-record";
import { DraftFromSessionInput } from "./note.contracts";

type SessionRecord = NonNullable<Awaited<ReturnType<typeof findSessionRecord>>>;

const MAX_PROGRAM_CHANGES = 100;
const MAX_TRIALS = 40;
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** CMS place of service for an in-person visit: 11 office, 12 home (community visits as the brief's 12). */
const IN_PERSON_PLACE = { clinic: "11", in_home: "12", community: "12" } as const;

/** Trials per activity from the practice the therapist logged in the session. */
function trialsOf(logs: { activityId: string; title: string; entry: PracticeEntry }[]) {
  const byActivity = new Map<string, { title: string; successes: number; attempts: number }>();
  for (const log of logs) {
    const counted =
      log.entry.kind === "ladder"
        ? ladderTrials(log.entry)
        : log.entry.kind === "chain"
          ? { successes: chainAttempt(log.entry).independent ? 1 : 0, attempts: 1 }
          : null;
    if (!counted) continue;
    const sum = byActivity.get(log.activityId) ?? {
      title: clip(log.title, 200),
      successes: 0,
      attempts: 0,
    };
    sum.successes += counted.successes;
    sum.attempts += counted.attempts;
    byActivity.set(log.activityId, sum);
  }
  return [...byActivity].slice(0, MAX_TRIALS).map(([activityId, t]) => ({
    activityId,
    title: t.title,
    successes: Math.min(t.successes, 1440),
    attempts: Math.min(t.attempts, 1440),
  }));
}

function programChangesOf(changes: string[]) {
  const lines = changes.map((c) => clip(c, 500));
  if (lines.length <= MAX_PROGRAM_CHANGES) return lines;
  const shown = lines.slice(0, MAX_PROGRAM_CHANGES - 1);
  return [...shown, `…and ${lines.length - shown.length} more changes`];
}

const blankSoap = { subjective: "", objective: "", assessment: "", plan: "" };

/** A video visit: minutes per service from the timer and the marks, and what the session counted. */
function draftFromVideo(record: SessionRecord) {
  const { appointment, live } = record;
  const end = live?.endedAt ?? live?.roomFinishedAt ?? appointment.endsAt;
  const base = {
    source: "video_session" as const,
    modality: "telehealth" as const,
    placeOfService: "10" as const,
    coaching: [],
    goalStatuses: [],
    groupShared: null,
  };
  if (!live)
    return {
      end,
      content: {
        ...base,
        ...blankSoap,
        minutes: { byService: {}, unmarkedChildPresent: 0, caregiverOnly: 0 },
        attended: { child: true, guardianIds: [] },
        trials: [],
        commenting: null,
        programChanges: [],
      },
    };
  const from = live.roomStartedAt ?? joinWindowOf(record, end).opensAt;
  const minutes = serviceMinutes({ segments: record.segments, marks: record.marks, endedAt: end });
  const practice = record.practice.filter((log) => log.loggedAt >= from && log.loggedAt <= end);
  const changes = record.programChanges.filter((change) => change.at >= from && change.at < end);
  return {
    end,
    content: {
      ...base,
      ...blankSoap,
      objective: clip(live.notes.map((n) => `- ${n.text}`).join("\n"), 20_000),
      minutes: {
        byService: minutes.byService,
        unmarkedChildPresent: minutes.unmarkedChildPresentMinutes,
        caregiverOnly: minutes.caregiverOnlyMinutes,
      },
      attended: { child: true, guardianIds: record.guardiansWhoJoined.slice(0, 10) },
      trials: trialsOf(practice),
      commenting: { descriptive: live.descriptiveComments, directive: live.directiveComments },
      programChanges: programChangesOf(changes.flatMap((c) => c.changes)),
    },
  };
}

/** An in-person visit: the therapist types the minutes; the place follows the modality. */
function draftInPerson({ appointment }: SessionRecord) {
  const modality = appointment.modality === "telehealth" ? "clinic" : appointment.modality;
  return {
    end: appointment.endsAt,
    content: {
      source: "in_person" as const,
      modality: appointment.modality,
      placeOfService: IN_PERSON_PLACE[modality],
      minutes: { byService: {}, unmarkedChildPresent: 0, caregiverOnly: 0 },
      ...blankSoap,
      attended: { child: true, guardianIds: [] },
      goalStatuses: [],
      coaching: [],
      trials: [],
      commenting: null,
      programChanges: [],
      groupShared: null,
    },
  };
}

/** The session's record, read while the caller's session is looked up: nothing in it is used before the checks below. */
export const sessionRecordAhead = readAhead(DraftFromSessionInput, (db, input) =>
  findSessionRecord(db, input.appointmentId, input.childId),
);

/**
 * The visit note of one child of a session, drafted from what the session recorded; drafting again
 * answers the same note. The session's therapist drafts it, or a therapist with the child in their
 * caseload. A group session has one note per child.
 */
export async function draftNoteFromSession(
  ctx: ActorContext & { readAhead?: Promise<unknown> },
  input: DraftFromSessionInput,
) {
  const { actor } = ctx;
  // No transaction: the record is read in one statement, nothing is used before the checks pass,
  // and the one write (the note with its audit row) is a single statement, so it commits whole or
  // not at all.
  const db = ctx.db;
  const record = await sessionRecordAhead.take(ctx, input);
  if (!record || record.appointment.clinicId !== actor.clinicId) throw notFound("session");
  const { appointment } = record;
  const runsSession = appointment.therapistId === actor.userId;
  if (!runsSession) await requireClinicalRecord(db, actor, input.childId, "writeClinicalRecord");
  else if (!can(actor.role, "writeClinicalRecord")) throw notFound("session");
  if (!record.seatedChildIds.includes(input.childId))
    throw new AppError(
      "NOT_FOUND",
      "CHILD_NOT_IN_SESSION",
      "That child has no seat in this session.",
    );
  if (appointment.status === "cancelled")
    throw new AppError(
      "CONFLICT",
      "SESSION_CANCELLED",
      "This session was cancelled, so it has no visit note.",
    );
  if (+appointment.startsAt > +ctx.now())
    throw new AppError(
      "PRECONDITION_FAILED",
      "SESSION_NOT_STARTED",
      "You can draft this visit's note once the session has started.",
    );

  if (record.noteId) {
    await auditNote(db, ctx, "note.draft", input.childId);
    return { noteId: record.noteId };
  }
  const draft =
    appointment.modality === "telehealth" ? draftFromVideo(record) : draftInPerson(record);
  const note = {
    clinicId: appointment.clinicId,
    childId: input.childId,
    appointmentId: appointment.id,
    authorId: actor.userId,
    serviceOn: localDateOf(appointment.startsAt, record.clinicTimeZone),
    visitEndedAt: draft.end,
    content: VisitNoteContent.parse({
      ...draft.content,
      // A group's note starts with the session's shared part (empty until someone writes it).
      groupShared: isGroupSession({ children: record.seatedChildIds })
        ? (record.groupShared ?? "")
        : null,
    }),
  };
  const inserted = await insertVisitNote(
    db,
    note,
    noteAuditEvent(ctx, "note.draft", input.childId),
  );
  // A second draft racing this one: its insert wins and this one reads it.
  const noteId = inserted ?? (await findVisitNoteId(db, appointment.id, input.childId));
  if (!noteId) throw new Error("visit note vanished");
  return { noteId };
}
