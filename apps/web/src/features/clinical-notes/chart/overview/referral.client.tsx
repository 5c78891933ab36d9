"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Button, Card, DescriptionList } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { ReferralForm } from "./referral-form.client";

export function ReferralCard({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const referral = useQuery(trpc.referral.get.queryOptions({ childId: chart.childId }));
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="Referring physician"
      description="Who referred the child and signs the plan of care."
    >
      {referral.isPending ? (
        <p className="text-stone-600">Loading the referral…</p>
      ) : referral.isError ? (
        <QueryError
          error={referral.error}
          what="the referral"
          onRetry={() => void referral.refetch()}
        />
      ) : editing ? (
        <ReferralForm
          childId={chart.childId}
          current={referral.data}
          onDone={() => setEditing(false)}
        />
      ) : (
        <div className="flex flex-col gap-4">
          {referral.data ? (
            <DescriptionList
              items={[
                { term: "Physician", detail: referral.data.physician.name },
                { term: "NPI", detail: referral.data.physician.npi },
                { term: "Email", detail: referral.data.physician.email ?? "None given" },
                { term: "Phone", detail: referral.data.physician.phone ?? "None given" },
                { term: "Fax", detail: referral.data.physician.fax ?? "None given" },
                {
                  term: "Referred on",
                  detail: referral.data.referredOn
                    ? formatCalendarDate(referral.data.referredOn)
                    : "Not recorded",
                },
                { term: "Reason", detail: referral.data.reason || "Not recorded" },
              ]}
            />
          ) : (
            <p className="text-stone-700">No referral recorded yet.</p>
          )}
          {chart.canWrite ? (
            <div>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {referral.data ? "Change the referral" : "Record the referral"}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </Card>
  );
}
