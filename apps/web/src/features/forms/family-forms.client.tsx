"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Badge, EmptyState, PageHeader } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { FORM_STATUS_WORDS } from "./form-status-words";

/** The forms the clinic asked the family to fill in and sign, across their children. */
export function FamilyForms() {
  const trpc = useTRPC();
  const outstanding = useQuery(trpc.form.outstanding.queryOptions());
  const header = (
    <PageHeader
      title="Forms"
      description="Forms your clinic asked you to fill in and sign. Your answers save as you go, so you can stop and come back."
    />
  );
  if (outstanding.isPending)
    return (
      <>
        {header}
        <ListSkeleton label="Loading your forms" />
      </>
    );
  if (outstanding.isError)
    return (
      <>
        {header}
        <QueryError
          error={outstanding.error}
          what="your forms"
          onRetry={() => void outstanding.refetch()}
        />
      </>
    );
  return (
    <div className="flex flex-col gap-6">
      {header}
      {outstanding.data.length === 0 ? (
        <EmptyState
          title="Nothing to sign"
          description="When your clinic sends you a form, it appears here. Signed forms are kept in Documents."
        />
      ) : (
        <ul
          aria-label="Forms to sign"
          className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm"
        >
          {outstanding.data.map((form) => (
            <li key={form.id}>
              <Link
                href={`/family/forms/${form.id}`}
                className="flex min-h-16 items-center justify-between gap-3 px-4 py-3 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
              >
                <span className="flex flex-col">
                  <span className="font-semibold text-stone-900">{form.title}</span>
                  <span className="text-sm text-stone-600">For {form.childName}</span>
                </span>
                <Badge tone={form.status === "in_progress" ? "brand" : "neutral"}>
                  {FORM_STATUS_WORDS[form.status]}
                </Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="text-stone-700">
        Signed forms are kept in{" "}
        <Link href="/family/documents" className="underline">
          Documents
        </Link>
        .
      </p>
    </div>
  );
}
