"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { DocumentSummary } from "@carryover/api/contracts/document";
import { DOCUMENT_CATEGORY_LABELS } from "@carryover/domain/documents";
import { Alert, Badge, Card, EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateInZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { DocumentUploadForm } from "./document-upload-form.client";
import { fileSize, sharedBy } from "./document-words";

type Viewer = { clinicName: string };

/** One child's documents, newest first, each opening in a new tab; and the form to add one. */
export function ChildDocuments({
  childId,
  viewer,
  timeZone,
}: {
  childId: string;
  viewer: Viewer;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const list = useQuery(trpc.document.list.queryOptions({ childId }));
  if (list.isPending) return <ListSkeleton label="Loading documents" />;
  if (list.isError)
    return (
      <QueryError error={list.error} what="the documents" onRetry={() => void list.refetch()} />
    );
  const { documents, side, uploadCategories, childName } = list.data;
  const staff = side === "staff";
  const firstName = childName.split(" ")[0] ?? childName;
  return (
    <div className="flex flex-col gap-6">
      {documents.length === 0 ? (
        <EmptyState
          title="No documents yet"
          description={
            staff
              ? `Evaluations, reports and letters for ${firstName} appear here, with what the family sends.`
              : `What ${viewer.clinicName} shares with you and what you send appear here.`
          }
        />
      ) : (
        <ul
          aria-label={`${childName}'s documents`}
          className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm"
        >
          {documents.map((document) => (
            <DocumentRow
              key={document.id}
              childId={childId}
              document={document}
              by={sharedBy(document, { ...viewer, side })}
              date={formatDateInZone(document.createdAt, timeZone)}
              staff={staff}
            />
          ))}
        </ul>
      )}
      {uploadCategories.length === 0 ? null : staff ? (
        <Card
          title="Upload a document"
          description={`Add an evaluation, a report or a letter to ${firstName}'s record.`}
        >
          <DocumentUploadForm
            childId={childId}
            childName={firstName}
            categories={uploadCategories}
            staff
          />
        </Card>
      ) : (
        // Closed until asked for: a family with several children sees their lists first.
        <details className="group rounded-xl border border-stone-200 bg-white shadow-sm">
          <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-4 py-3 font-medium text-brand-800 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden [&::-webkit-details-marker]:hidden">
            Upload a document for {firstName}
            <span aria-hidden="true" className="text-xl leading-none group-open:rotate-45">
              +
            </span>
          </summary>
          <div className="flex flex-col gap-4 border-t border-stone-200 px-4 pt-3 pb-4">
            <p className="text-stone-600">
              Send the care team a referral, a school plan, a medical record or a photo of one. It
              is kept in {firstName}&apos;s record at {viewer.clinicName}.
            </p>
            <DocumentUploadForm
              childId={childId}
              childName={firstName}
              categories={uploadCategories}
              staff={false}
            />
          </div>
        </details>
      )}
    </div>
  );
}

function DocumentRow({
  childId,
  document,
  by,
  date,
  staff,
}: {
  childId: string;
  document: DocumentSummary;
  by: string;
  date: string;
  staff: boolean;
}) {
  const href = `/api/documents/${document.id}`;
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
      <a
        href={href}
        target="_blank"
        rel="noopener"
        className="flex min-h-11 min-w-0 flex-col gap-1 rounded-md focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
      >
        <span className="font-medium break-words text-brand-800 underline underline-offset-4 hover:no-underline">
          {document.fileName}
          <span className="sr-only"> (opens in a new tab)</span>
        </span>
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
          <Badge tone={document.source === "clinic" ? "brand" : "neutral"}>
            {DOCUMENT_CATEGORY_LABELS[document.category]}
          </Badge>
          <span>{fileSize(document.bytes)}</span>
          <span aria-hidden="true">·</span>
          <span>{date}</span>
          <span aria-hidden="true">·</span>
          <span>{document.source === "clinic" && !staff ? `From ${by}` : `Shared by ${by}`}</span>
        </span>
      </a>
      {staff ? (
        document.source === "clinic" ? (
          <ShareToggle childId={childId} document={document} />
        ) : (
          <span className="text-sm text-stone-600">From the family</span>
        )
      ) : null}
    </li>
  );
}

function ShareToggle({ childId, document }: { childId: string; document: DocumentSummary }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  // The box shows the change at once, and keeps it until the list has been read again.
  const [asked, setAsked] = useState<boolean | null>(null);
  const share = useMutation(
    trpc.document.share.mutationOptions({
      onError: (failure) => setError(describeError(failure).message),
      onSettled: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.document.list.queryKey({ childId }) });
        setAsked(null);
      },
    }),
  );
  const checked = asked ?? document.sharedWithFamily;
  return (
    <div className="flex shrink-0 flex-col gap-1 sm:items-end">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-stone-900">
        <input
          type="checkbox"
          checked={checked}
          disabled={share.isPending}
          onChange={(event) => {
            setError(null);
            setAsked(event.target.checked);
            share.mutate({ documentId: document.id, sharedWithFamily: event.target.checked });
          }}
          aria-label={`Shared with family: ${document.fileName}`}
          className="size-5 shrink-0 cursor-pointer accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        />
        Shared with family
      </label>
      {error ? (
        <Alert tone="error" className="p-2 text-sm">
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
