import { and, asc, eq, inArray } from "drizzle-orm";

import type { AdmissionState, LiveRole } from "@carryover/domain/live-session";

import type { Queryable } from "../../client";
import { reusable } from "../../reusable";
import { liveParticipants, users } from "../../schema";
import { ofAppointment } from "./placeholders";

const liveParticipantsOf = reusable("live_participants", (q) =>
  q
    .select({
      userId: liveParticipants.userId,
      name: users.name,
      role: liveParticipants.role,
      identity: liveParticipants.identity,
      admission: liveParticipants.admission,
      requestedAt: liveParticipants.requestedAt,
      decidedAt: liveParticipants.decidedAt,
      breakoutRoomName: liveParticipants.breakoutRoomName,
    })
    .from(liveParticipants)
    .innerJoin(users, eq(users.id, liveParticipants.userId))
    .where(eq(liveParticipants.appointmentId, ofAppointment()))
    .orderBy(asc(liveParticipants.requestedAt)),
);

export function listLiveParticipants(q: Queryable, appointmentId: string) {
  return liveParticipantsOf(q, { appointmentId });
}

/** Records a request to enter; asking again keeps the first answer (a reload keeps its place). */
export async function requestEntry(
  q: Queryable,
  entry: {
    appointmentId: string;
    userId: string;
    role: LiveRole;
    identity: string;
    admission: AdmissionState;
    now: Date;
  },
) {
  await q
    .insert(liveParticipants)
    .values({
      appointmentId: entry.appointmentId,
      userId: entry.userId,
      role: entry.role,
      identity: entry.identity,
      admission: entry.admission,
      requestedAt: entry.now,
      decidedAt: entry.admission === "waiting" ? null : entry.now,
    })
    .onConflictDoNothing();
  const [row] = await q
    .select()
    .from(liveParticipants)
    .where(
      and(
        eq(liveParticipants.appointmentId, entry.appointmentId),
        eq(liveParticipants.userId, entry.userId),
      ),
    );
  if (!row) throw new Error("participant vanished");
  return row;
}

/** Admits or denies; `userIds` null means everyone still waiting. Returns who changed. */
export async function decideAdmission(
  q: Queryable,
  appointmentId: string,
  decision: {
    userIds: string[] | null;
    admission: "admitted" | "denied";
    by: string;
    now: Date;
  },
) {
  const rows = await q
    .update(liveParticipants)
    .set({ admission: decision.admission, decidedAt: decision.now, decidedById: decision.by })
    .where(
      and(
        eq(liveParticipants.appointmentId, appointmentId),
        eq(liveParticipants.role, "guardian"),
        decision.userIds
          ? inArray(liveParticipants.userId, decision.userIds)
          : eq(liveParticipants.admission, "waiting"),
      ),
    )
    .returning({ userId: liveParticipants.userId, identity: liveParticipants.identity });
  return rows;
}
