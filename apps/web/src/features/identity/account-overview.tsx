import { can } from "@carryover/domain/access";
import type { Role } from "@carryover/domain/identity";
import { Card, DescriptionList, PageHeader } from "@carryover/ui";

import { CalendarFeedCard } from "~/features/calendar-feed/calendar-feed-card.client";
import { ActiveSignIns } from "./active-sign-ins.client";
import { ChangePasswordSection } from "./change-password-section.client";
import { ROLE_LABELS } from "./labels";
import { SignOutEverywhere } from "./sign-out-everywhere.client";
import { TimeFormatSection } from "./time-format-section.client";
import { TwoFactorCard } from "./two-factor-card.client";
import { YourDetailsSection } from "./your-details-section.client";

/** Who is signed in, when they are signed out, their calendar feed, where they are signed in, and signing out. */
export function AccountOverview({
  name,
  role,
  clinicName,
  clinicTimeZone,
  idleTimeoutMinutes,
  hasCalendarFeed,
}: {
  name: string;
  role: Role;
  clinicName: string;
  clinicTimeZone: string;
  idleTimeoutMinutes: number;
  hasCalendarFeed: boolean;
}) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Your account" />
      <Card title="You">
        <DescriptionList
          items={[
            { term: "Name", detail: name },
            { term: "Role", detail: ROLE_LABELS[role] },
            { term: "Clinic", detail: clinicName },
            {
              term: "Automatic sign-out",
              detail: `After ${idleTimeoutMinutes} minutes without activity, and always after 12 hours.`,
            },
          ]}
        />
      </Card>
      <YourDetailsSection
        phoneSeenBy={
          can(role, "beLinkedToChildren")
            ? "Your child's therapists and clinic see your phone number on your child's record."
            : "Your clinic's staff see your phone number."
        }
      />
      <TimeFormatSection />
      <ChangePasswordSection />
      <TwoFactorCard timeZone={clinicTimeZone} />
      {hasCalendarFeed ? <CalendarFeedCard timeZone={clinicTimeZone} /> : null}
      <ActiveSignIns />
      <Card
        title="Signed in somewhere else?"
        description="If you signed in on a shared or lost device, sign out on every device at once. You will need to sign in again here too."
      >
        <SignOutEverywhere />
      </Card>
    </div>
  );
}
