"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { ResetTwoFactorButton } from "./reset-two-factor-button.client";
import { DismissibleNotice } from "./staff-table.client";
import { useResetTwoFactor, type ResetNotice } from "./use-reset-two-factor.client";

/** Family members who turned on two-step sign-in, for the day one of them loses their phone. */
export function GuardiansTwoFactor() {
  const trpc = useTRPC();
  const guardians = useQuery(trpc.staff.guardians.queryOptions());
  const resetTwoFactor = useResetTwoFactor();
  const [notice, setNotice] = useState<ResetNotice | null>(null);
  const enrolled = guardians.data?.filter((g) => g.twoFactor) ?? [];

  return (
    <section aria-labelledby="family-two-factor" className="flex flex-col gap-3">
      <h2 id="family-two-factor" className="text-xl font-semibold text-stone-900">
        Family members with two-step sign-in
      </h2>
      <div aria-live="polite">
        {notice ? <DismissibleNotice notice={notice} onDismiss={() => setNotice(null)} /> : null}
      </div>
      {guardians.isError ? (
        <QueryError
          error={guardians.error}
          what="family members"
          onRetry={() => void guardians.refetch()}
        />
      ) : enrolled.length === 0 ? (
        <p className="text-stone-600">
          {guardians.isPending ? "Loading…" : "No family member has turned on two-step sign-in."}
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {enrolled.map((guardian) => (
            <li
              key={guardian.userId}
              className="flex flex-wrap items-center justify-between gap-2 p-3"
            >
              <span>
                <span className="font-medium">{guardian.name}</span>
                <span className="block text-sm break-all text-stone-600">{guardian.email}</span>
              </span>
              <ResetTwoFactorButton
                person={guardian}
                onReset={async () => setNotice(await resetTwoFactor(guardian))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
