import type { Metadata } from "next";

import { hourCycleOf } from "@carryover/domain/identity";

import { NotesBlockingBillingCard } from "~/features/billing/notes-blocking-billing-card";
import { CosignQueueCard } from "~/features/clinical-notes/cosign-queue/cosign-queue-card";
import { DocumentationDueCard } from "~/features/clinical-notes/documentation-due/documentation-due-card";
import { PracticeVideosCard } from "~/features/documents/practice-videos/practice-videos-card";
import { TherapistDashboard } from "~/features/home-program/attention/therapist-dashboard";
import { endOfDayIn, longCalendarDay, startOfDayIn, todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function TherapistHomePage() {
  const auth = await requireAuth(["therapist"]);
  const timeZone = auth.clinicTimeZone;
  const today = todayInZone(timeZone);
  const queryClient = getQueryClient();
  const [children, sessions, due, awaitingCosign, blockingBilling, videos] = await Promise.all([
    queryClient.fetchQuery(trpc.child.list.queryOptions()),
    queryClient.fetchQuery(
      trpc.booking.list.queryOptions({
        from: startOfDayIn(today, timeZone),
        to: endOfDayIn(today, timeZone),
      }),
    ),
    queryClient.fetchQuery(trpc.documentation.due.queryOptions()),
    queryClient.fetchQuery(trpc.note.awaitingCosign.queryOptions()),
    queryClient.fetchQuery(trpc.charge.blockingNotes.queryOptions()),
    queryClient.fetchQuery(trpc.practiceVideo.unseen.queryOptions()),
    queryClient.prefetchQuery(trpc.progression.caseload.queryOptions()),
  ]);
  return (
    <TherapistDashboard
      caseload={children}
      today={today}
      documentationDue={<DocumentationDueCard due={due} />}
      cosignQueue={<CosignQueueCard notes={awaitingCosign} />}
      billingBlocked={<NotesBlockingBillingCard notes={blockingBilling} />}
      practiceVideos={
        <PracticeVideosCard
          videos={videos.videos}
          timeZone={timeZone}
          now={new Date()}
          cycle={hourCycleOf(auth.timeFormat)}
        />
      }
      agenda={{
        sessions,
        timeZone,
        now: new Date(),
        dayLabel: longCalendarDay(today),
        cycle: hourCycleOf(auth.timeFormat),
      }}
    />
  );
}
