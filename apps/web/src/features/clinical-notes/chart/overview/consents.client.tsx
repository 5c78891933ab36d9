"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { Badge, Card, ConfirmButton } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { ConsentForm } from "./consent-form.client";
import { CONSENT_LABELS } from "./consent-labels";

export function ConsentsCard({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = { childId: chart.childId };
  const consents = useQuery(trpc.consent.list.queryOptions(key));
  const revoke = useMutation(
    trpc.consent.revoke.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.consent.list.queryKey(key) }),
    }),
  );
  return (
    <Card
      title="Consents"
      description="What the family agreed to: caregiver training and sessions by video."
    >
      {consents.isPending ? (
        <ListSkeleton rows={2} label="Loading the consents" />
      ) : consents.isError ? (
        <QueryError
          error={consents.error}
          what="the consents"
          onRetry={() => void consents.refetch()}
        />
      ) : (
        <div className="flex flex-col gap-4">
          {consents.data.length === 0 ? (
            <p className="text-stone-700">No consent recorded yet.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-stone-200">
              {consents.data.map((consent) => (
                <li key={consent.id} className="flex flex-wrap items-center gap-3 py-2">
                  <p className="min-w-0 flex-1">
                    <span className="font-medium">{CONSENT_LABELS[consent.kind]}</span>
                    {" — "}given by {consent.givenByName} on {formatCalendarDate(consent.givenOn)}
                    {consent.revokedAt ? (
                      <Badge tone="danger" className="ml-2">
                        Revoked
                      </Badge>
                    ) : null}
                  </p>
                  {chart.canWrite && !consent.revokedAt ? (
                    <ConfirmButton
                      size="sm"
                      title={`Revoke ${CONSENT_LABELS[consent.kind].toLowerCase()} consent?`}
                      description="Record this when the family withdraws their consent. It stays in the chart as revoked."
                      confirmLabel="Revoke"
                      onConfirm={() =>
                        revoke
                          .mutateAsync({ childId: chart.childId, consentId: consent.id })
                          .then(() => undefined)
                      }
                    >
                      Revoke
                    </ConfirmButton>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {chart.canWrite ? <ConsentForm chart={chart} /> : null}
        </div>
      )}
    </Card>
  );
}
