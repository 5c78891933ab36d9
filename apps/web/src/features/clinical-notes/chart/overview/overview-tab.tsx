import type { ChartContext } from "../types";
import { ConsentsCard } from "./consents.client";
import { DiagnosesCard } from "./diagnoses.client";
import { DueCard } from "./due-card.client";
import { ReferralCard } from "./referral.client";

export function OverviewTab({ chart }: { chart: ChartContext }) {
  return (
    <div className="flex flex-col gap-6">
      <h2 className="sr-only">Overview</h2>
      <DueCard chart={chart} />
      <div className="grid gap-6 lg:grid-cols-2">
        <DiagnosesCard chart={chart} />
        <ReferralCard chart={chart} />
      </div>
      <ConsentsCard chart={chart} />
    </div>
  );
}
