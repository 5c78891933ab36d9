"use client";

import { CancellationPolicySection } from "./cancellation-policy-section.client";
import { SessionTypesSection } from "./session-types-section.client";

/** The admin's settings for booking: session types and the cancellation policy. */
export function SchedulingSettings() {
  return (
    <div className="mt-6 flex max-w-3xl flex-col gap-6">
      <SessionTypesSection />
      <CancellationPolicySection />
    </div>
  );
}
