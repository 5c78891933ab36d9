"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";

import { Alert, Badge, Button, Card, SelectField } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { FORM_STATUS_WORDS } from "./form-status-words";

/** A child's forms on the care team's page: what the family still has to sign, what they signed, and sending one. */
export function ChildForms({ childId, timeZone }: { childId: string; timeZone: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.form.list.queryOptions({ childId }));
  return (
    <Card
      title="Forms"
      description="Intake and consents the family fills in and signs on their phone."
    >
      <div className="flex flex-col gap-5">
        {list.isPending ? (
          <ListSkeleton label="Loading forms" />
        ) : list.isError ? (
          <QueryError error={list.error} what="the forms" onRetry={() => void list.refetch()} />
        ) : (
          <FormRows childId={childId} forms={list.data} timeZone={timeZone} />
        )}
        <SendForm childId={childId} />
      </div>
    </Card>
  );
}

type Row = {
  id: string;
  title: string;
  status: "not_started" | "in_progress" | "signed";
  sentAt: Date;
  signedAt: Date | null;
  signerName: string | null;
  documentId: string | null;
};

function FormRows({
  childId,
  forms,
  timeZone,
}: {
  childId: string;
  forms: Row[];
  timeZone: string;
}) {
  const outstanding = forms.filter((f) => f.status !== "signed");
  const signed = forms.filter((f) => f.status === "signed");
  if (forms.length === 0) return <p className="text-stone-700">No forms sent yet.</p>;
  return (
    <>
      <h3 className="font-semibold text-stone-900">Outstanding ({outstanding.length})</h3>
      {outstanding.length === 0 ? (
        <p className="text-stone-700">Nothing waiting for the family.</p>
      ) : (
        <ul aria-label="Outstanding forms" className="flex flex-col gap-2">
          {outstanding.map((form) => (
            <li key={form.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{form.title}</span>
              <Badge tone="warning">{FORM_STATUS_WORDS[form.status]}</Badge>
              <span className="text-sm text-stone-600">
                sent {formatDateTime(form.sentAt, timeZone)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold text-stone-900">Completed ({signed.length})</h3>
      {signed.length === 0 ? null : (
        <ul aria-label="Completed forms" className="flex flex-col gap-2">
          {signed.map((form) => (
            <li key={form.id} className="flex flex-wrap items-center gap-2">
              <Link
                href={`/children/${childId}/forms/${form.id}`}
                className="font-medium underline"
              >
                {form.title}
              </Link>
              <Badge tone="success">Signed</Badge>
              <span className="text-sm text-stone-600">
                by {form.signerName}, {form.signedAt ? formatDateTime(form.signedAt, timeZone) : ""}
              </span>
              {form.documentId ? (
                <a href={`/api/documents/${form.documentId}`} className="text-sm underline">
                  PDF
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function SendForm({ childId }: { childId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const templates = useQuery(trpc.form.templates.queryOptions());
  const [templateId, setTemplateId] = useState("");
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const send = useMutation(
    trpc.form.send.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.form.list.queryKey({ childId }) }),
    }),
  );
  const options = templates.data ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const [sent] = await send.mutateAsync({ childId, templateIds: [templateId] });
      setOutcome({ ok: true, message: `Sent "${sent?.title ?? "the form"}" to the family.` });
    } catch (failure) {
      setOutcome({ ok: false, message: describeError(failure).message });
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-wrap items-end gap-3">
      <SelectField
        name="templateId"
        label="Send a form"
        className="min-w-64 flex-1"
        value={templateId}
        onChange={(event) => setTemplateId(event.target.value)}
        options={[
          { value: "", label: templates.isPending ? "Loading forms…" : "Choose a form" },
          ...options.map((t) => ({ value: t.id, label: t.title })),
        ]}
      />
      <Button type="submit" disabled={!templateId || send.isPending}>
        {send.isPending ? "Sending…" : "Send"}
      </Button>
      {outcome ? (
        <Alert tone={outcome.ok ? "success" : "error"} className="w-full">
          {outcome.message}
        </Alert>
      ) : null}
    </form>
  );
}
