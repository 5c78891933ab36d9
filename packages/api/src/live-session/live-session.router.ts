import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { addQuickNote, setLiveSessionKit, switchTimer, tallyComment } from "./coach-session";
import { decideAdmission } from "./decide-admission";
import { enterLiveSession } from "./enter-live-session";
import { getAttendance } from "./get-attendance";
import { getLiveSession } from "./get-live-session";
import { getLiveSessionSummary } from "./get-live-session-summary";
import { inviteObserver } from "./invite-observer";
import { issueJoinToken } from "./issue-join-token";
import {
  AdmitInput,
  AttendanceView,
  BreakoutsInput,
  Changed,
  DenyInput,
  Done,
  EndedBreakouts,
  Entered,
  JoinToken,
  KitInput,
  LiveSessionRef,
  LiveSessionSummary,
  LiveSessionView,
  MarkServiceInput,
  ModerateInput,
  NoteInput,
  ObserverInput,
  SpotlightInput,
  StartedBreakouts,
  TallyInput,
  TimerInput,
  TokenInput,
} from "./live-session.contracts";
import { markService } from "./mark-service";
import {
  endLiveSession,
  moderateParticipant,
  muteEveryone,
  spotlight,
} from "./moderate-live-session";
import { endBreakouts, startBreakouts } from "./run-breakouts";

const done = async (work: Promise<unknown>) => (await work, { ok: true as const });

/** The video session of a telehealth appointment: lobby, admission, tokens, the therapist's tools. */
export const liveSessionRouter = createRouter({
  get: signedInProcedure
    .input(LiveSessionRef)
    .output(LiveSessionView)
    .query(({ ctx, input }) => getLiveSession(ctx, input)),
  enter: signedInProcedure
    .input(LiveSessionRef)
    .output(Entered)
    .mutation(({ ctx, input }) => enterLiveSession(ctx, input)),
  admit: staffProcedure
    .input(AdmitInput)
    .output(Changed)
    .mutation(({ ctx, input }) => decideAdmission(ctx, { ...input, admission: "admitted" })),
  deny: staffProcedure
    .input(DenyInput)
    .output(Changed)
    .mutation(({ ctx, input }) =>
      decideAdmission(ctx, {
        appointmentId: input.appointmentId,
        userIds: [input.userId],
        admission: "denied",
      }),
    ),
  token: signedInProcedure
    .input(TokenInput)
    .output(JoinToken)
    .mutation(({ ctx, input }) => issueJoinToken(ctx, input)),
  inviteObserver: staffProcedure
    .input(ObserverInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(inviteObserver(ctx, input))),
  tally: staffProcedure
    .input(TallyInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(tallyComment(ctx, input))),
  timer: staffProcedure
    .input(TimerInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(switchTimer(ctx, input))),
  markService: staffProcedure
    .input(MarkServiceInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(markService(ctx, input))),
  note: staffProcedure
    .input(NoteInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(addQuickNote(ctx, input))),
  setKit: staffProcedure
    .input(KitInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(setLiveSessionKit(ctx, input))),
  moderate: staffProcedure
    .input(ModerateInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(moderateParticipant(ctx, input))),
  muteAll: staffProcedure
    .input(LiveSessionRef)
    .output(Done)
    .mutation(({ ctx, input }) => done(muteEveryone(ctx, input))),
  spotlight: staffProcedure
    .input(SpotlightInput)
    .output(Done)
    .mutation(({ ctx, input }) => done(spotlight(ctx, input))),
  end: staffProcedure
    .input(LiveSessionRef)
    .output(Done)
    .mutation(({ ctx, input }) => done(endLiveSession(ctx, input))),
  startBreakouts: staffProcedure
    .input(BreakoutsInput)
    .output(StartedBreakouts)
    .mutation(({ ctx, input }) => startBreakouts(ctx, input)),
  endBreakouts: staffProcedure
    .input(LiveSessionRef)
    .output(EndedBreakouts)
    .mutation(({ ctx, input }) => endBreakouts(ctx, input)),
  attendance: staffProcedure
    .input(LiveSessionRef)
    .output(AttendanceView)
    .query(({ ctx, input }) => getAttendance(ctx, input)),
  summary: signedInProcedure
    .input(LiveSessionRef)
    .output(LiveSessionSummary)
    .query(({ ctx, input }) => getLiveSessionSummary(ctx, input)),
});
