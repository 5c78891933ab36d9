import type { Tx } from "@carryover/db";
import {
  countActiveAdmins,
  findMembership,
  findUserById,
  listActiveStaff,
  listUpcomingSessionsOfTherapist,
  lockClinicAdmins,
  reassignAppointment,
  revokeUserSessions,
  setMembershipDeactivated,
  therapistBusyBetween,
} from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { decideDeactivation, isStaff, type DeactivationDecision } from "@carryover/domain/identity";
import { checkLicensure } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { DeactivateStaffInput, UserId } from "./staff.contracts";

/** How many upcoming sessions the confirmation lists and a deactivation can hand over at once. */
const SESSION_LIMIT = 200;

const REFUSALS: Record<Extract<DeactivationDecision, { ok: false }>["reason"], string> = {
  SELF: "You can't deactivate yourself. Ask another admin to do it.",
  LAST_ADMIN: "This is the clinic's only active admin. Make someone else an admin first.",
  NOT_STAFF: "Only therapists and admins can be deactivated here.",
  ALREADY_DEACTIVATED: "This person is already deactivated.",
};

async function loadStaffMember(tx: Tx, ctx: ActorContext, userId: string) {
  const [membership, user] = await Promise.all([
    findMembership(tx, ctx.actor.clinicId, userId),
    findUserById(tx, userId),
  ]);
  if (!membership || !user || !isStaff(membership.role)) throw notFound("person");
  return { membership, user };
}

type Session = Awaited<ReturnType<typeof listUpcomingSessionsOfTherapist>>[number];
type Therapist = { userId: string; licenceStates: string[] };

/** Whether a therapist is licensed where every child of the session will be (telehealth follows the child). */
const licensedFor = (session: Session, therapist: Therapist) =>
  session.children.every(
    (child) =>
      checkLicensure(session.modality, child.childLocationState, therapist.licenceStates).ok,
  );

async function candidatesFor(tx: Tx, ctx: ActorContext, leavingUserId: string) {
  const staff = await listActiveStaff(tx, ctx.actor.clinicId);
  return staff.filter((s) => s.userId !== leavingUserId && can(s.role, "holdLicences"));
}

/** What deactivating someone would leave behind: their upcoming sessions and who could take each one. */
export async function previewDeactivation(ctx: ActorContext, input: UserId) {
  return ctx.db.transaction(async (tx) => {
    const { membership, user } = await loadStaffMember(tx, ctx, input.userId);
    const decision = decideDeactivation(
      ctx.actor.userId,
      { userId: user.id, role: membership.role, deactivatedAt: membership.deactivatedAt },
      await countActiveAdmins(tx, ctx.actor.clinicId),
    );
    const [sessions, therapists] = await Promise.all([
      listUpcomingSessionsOfTherapist(
        tx,
        ctx.actor.clinicId,
        user.id,
        ctx.now(),
        SESSION_LIMIT + 1,
      ),
      candidatesFor(tx, ctx, user.id),
    ]);
    const shown = sessions.slice(0, SESSION_LIMIT);
    const withCandidates = await Promise.all(
      shown.map(async (session) => {
        const eligible: string[] = [];
        for (const therapist of therapists) {
          if (!licensedFor(session, therapist)) continue;
          const busy = await therapistBusyBetween(
            tx,
            therapist.userId,
            session.start,
            session.end,
            session.id,
          );
          if (!busy) eligible.push(therapist.userId);
        }
        return {
          ...session,
          children: session.children.map(({ childLocationState: _, ...child }) => child),
          eligibleTherapistIds: eligible,
        };
      }),
    );
    return {
      person: { userId: user.id, name: user.name, role: membership.role },
      refusal: decision.ok ? null : REFUSALS[decision.reason],
      sessions: withCandidates,
      moreSessions: sessions.length > SESSION_LIMIT,
      therapists: therapists.map((t) => ({ userId: t.userId, name: t.name })),
    };
  });
}

/**
 * Deactivates a therapist or admin: ends their sign-ins at once, hands the chosen sessions to other
 * therapists (each licensed for the session's children and free then), leaves the rest on their
 * calendar for the clinic to handle, and audits each step.
 */
export async function deactivateStaff(ctx: ActorContext, input: DeactivateStaffInput) {
  return ctx.db.transaction(async (tx) => {
    await lockClinicAdmins(tx, ctx.actor.clinicId);
    const { membership, user } = await loadStaffMember(tx, ctx, input.userId);
    const decision = decideDeactivation(
      ctx.actor.userId,
      { userId: user.id, role: membership.role, deactivatedAt: membership.deactivatedAt },
      await countActiveAdmins(tx, ctx.actor.clinicId),
    );
    if (!decision.ok)
      throw new AppError("PRECONDITION_FAILED", decision.reason, REFUSALS[decision.reason]);

    const now = ctx.now();
    const sessions = await listUpcomingSessionsOfTherapist(
      tx,
      ctx.actor.clinicId,
      user.id,
      now,
      10_000,
    );
    const therapists = await candidatesFor(tx, ctx, user.id);
    for (const { appointmentId, therapistId } of input.reassignments) {
      const session = sessions.find((s) => s.id === appointmentId);
      if (!session) throw notFound("session");
      const therapist = therapists.find((t) => t.userId === therapistId);
      if (!therapist) throw notFound("therapist");
      if (!licensedFor(session, therapist))
        throw new AppError(
          "CONFLICT",
          "NOT_LICENSED_IN_STATE",
          "That therapist isn't licensed where the child will be for one of these sessions. Choose another therapist.",
          { field: "reassignments" },
        );
      if (await therapistBusyBetween(tx, therapistId, session.start, session.end, session.id))
        throw new AppError(
          "CONFLICT",
          "THERAPIST_BUSY",
          "That therapist already has a session at the same time. Choose another therapist.",
          { field: "reassignments" },
        );
      await reassignAppointment(tx, appointmentId, user.id, therapistId);
      await audit(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "booking.reassign",
        entityType: "appointment",
        entityId: appointmentId,
      });
    }

    await setMembershipDeactivated(tx, membership.id, now);
    const endedSignIns = await revokeUserSessions(tx, user.id, now);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "staff.deactivate",
      entityType: "user",
      entityId: user.id,
    });
    return {
      endedSignIns,
      reassigned: input.reassignments.length,
      leftToHandle: sessions.length - input.reassignments.length,
    };
  });
}

/** Lets a deactivated therapist or admin sign in again (nothing to do for someone active); their old sign-ins stay ended. */
export async function reactivateStaff(ctx: ActorContext, input: UserId) {
  await ctx.db.transaction(async (tx) => {
    const { membership, user } = await loadStaffMember(tx, ctx, input.userId);
    if (!membership.deactivatedAt) return;
    await setMembershipDeactivated(tx, membership.id, null);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "staff.reactivate",
      entityType: "user",
      entityId: user.id,
    });
  });
}
