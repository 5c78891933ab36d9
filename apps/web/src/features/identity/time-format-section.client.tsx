"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import type { TimeFormat, TimeFormatChoice } from "@carryover/domain/identity";
import { Card } from "@carryover/ui";

import { QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

const EXAMPLE: Record<TimeFormat, string> = { "12h": "4:30 PM", "24h": "16:30" };

const OPTIONS = (
  clinic: TimeFormat,
): { value: TimeFormatChoice; label: string; example: string }[] => [
  { value: "clinic", label: "Your clinic's format", example: EXAMPLE[clinic] },
  { value: "12h", label: "12-hour", example: EXAMPLE["12h"] },
  { value: "24h", label: "24-hour", example: EXAMPLE["24h"] },
];

/** How every time in the app and in emails is written for this person. */
export function TimeFormatSection() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const details = useQuery(trpc.account.get.queryOptions());
  const [saved, setSaved] = useState<string | null>(null);
  // The choice shows at once, in the same render as the click (a mutation's variables arrive a tick later).
  const [chosen, setChosen] = useState<string | null>(null);
  const save = useMutation(
    trpc.account.setTimeFormat.mutationOptions({
      onSuccess: (result) => {
        queryClient.setQueryData(trpc.account.get.queryKey(), result);
        setSaved(`Saved. Times now read like ${EXAMPLE[result.timeFormat]}, here and in emails.`);
        // The layout hands the clock to every page: fetch it again with the new choice.
        router.refresh();
      },
      onError: () => {
        setSaved(null);
        setChosen(null);
      },
    }),
  );
  return (
    <Card
      title="Time format"
      description="How times are written on every page and in the emails we send you."
    >
      {details.isError ? (
        <QueryError
          error={details.error}
          what="your settings"
          onRetry={() => void details.refetch()}
        />
      ) : (
        <fieldset disabled={!details.data || save.isPending} className="flex flex-col gap-2">
          <legend className="sr-only">Time format</legend>
          {OPTIONS(details.data?.clinicTimeFormat ?? "12h").map((option) => (
            <label
              key={option.value}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                name="time-format"
                value={option.value}
                className="size-5 accent-brand-700"
                checked={(chosen ?? details.data?.timeFormatChoice) === option.value}
                onChange={() => {
                  setSaved(null);
                  setChosen(option.value);
                  save.mutate({ timeFormat: option.value });
                }}
              />
              <span className="font-medium text-stone-900">{option.label}</span>
              <span className="text-stone-600">({option.example})</span>
            </label>
          ))}
        </fieldset>
      )}
      <p role="status" className="mt-3 text-sm text-green-800 empty:hidden">
        {saved}
      </p>
      {save.error ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {describeError(save.error).message}
        </p>
      ) : null}
    </Card>
  );
}
