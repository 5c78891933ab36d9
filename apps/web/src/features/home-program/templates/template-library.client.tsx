"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import type { ActivityKind } from "@carryover/domain/home-program";
import { Alert, Button, EmptyState, PageHeader } from "@carryover/ui";

import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { NewTemplateChooser } from "./new-template-chooser.client";
import type { TemplateFilter } from "./template-filter";
import { TemplateForm } from "./template-form.client";
import { openButtonId, TemplateList } from "./template-list.client";
import { TemplateView } from "./template-view.client";
import type { Template } from "./types";

type View =
  | { mode: "browse"; openId: string | null }
  | { mode: "edit"; templateId: string }
  | { mode: "choose" }
  | { mode: "new"; kind: ActivityKind };

const NEW_BUTTON_ID = "new-template-button";

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** The clinic's activity templates: find one, read it, change it, copy it, or start a new one. */
export function TemplateLibrary({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const templates = useQuery(trpc.template.list.queryOptions());
  const [view, setView] = useState<View>({ mode: "browse", openId: null });
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState<TemplateFilter>({ kind: "all", query: "" });

  const browse = (openId: string | null) => setView({ mode: "browse", openId });
  const newButton = (id?: string) => (
    <Button
      type="button"
      id={id}
      onClick={() => {
        setNotice(null);
        setView({ mode: "choose" });
      }}
    >
      New template
    </Button>
  );

  const header = (
    <PageHeader
      title="Activity library"
      description="Your clinic's activity templates, ready to copy into a child's home program. Changing a template leaves the programs already built from it as they are."
      actions={view.mode === "browse" ? newButton(NEW_BUTTON_ID) : undefined}
    />
  );

  if (templates.isPending)
    return (
      <>
        {header}
        <ListSkeleton rows={6} label="Loading the activity library…" />
      </>
    );
  if (templates.isError)
    return (
      <>
        {header}
        <QueryError
          error={templates.error}
          what="the activity library"
          onRetry={() => void templates.refetch()}
        />
      </>
    );

  const list: Template[] = templates.data;
  const find = (id: string | null) => (id ? list.find((t) => t.id === id) : undefined);

  let body;
  if (view.mode === "choose") {
    body = (
      <NewTemplateChooser
        onChoose={(kind) => setView({ mode: "new", kind })}
        onCancel={() => {
          browse(null);
          focusSoon(NEW_BUTTON_ID);
        }}
      />
    );
  } else if (view.mode === "new") {
    body = (
      <TemplateForm
        key={`new-${view.kind}`}
        initial={newActivityOf(view.kind)}
        onSaved={(templateId, title) => {
          setNotice(`“${title}” is in your library.`);
          browse(templateId);
        }}
        onCancel={() => {
          browse(null);
          focusSoon(NEW_BUTTON_ID);
        }}
      />
    );
  } else if (view.mode === "edit") {
    const template = find(view.templateId);
    body = template ? (
      <TemplateForm
        key={template.id}
        templateId={template.id}
        initial={{ content: template.content, structure: template.structure }}
        onSaved={(templateId, title) => {
          setNotice(`Saved “${title}”. Programs built from it earlier keep their own version.`);
          browse(templateId);
        }}
        onCancel={() => browse(template.id)}
      />
    ) : (
      <Alert tone="warning" title="That template is no longer in the library.">
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => browse(null)}
        >
          Back to the library
        </Button>
      </Alert>
    );
  } else {
    const open = find(view.openId);
    body =
      list.length === 0 ? (
        <EmptyState
          title="Your library is empty"
          description="Templates are activities written once for families and copied into each child's home program. Start with one you use often."
          action={newButton()}
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
          <div className={open ? "hidden lg:block" : undefined}>
            <TemplateList
              templates={list}
              filter={filter}
              onFilterChange={setFilter}
              openId={open?.id ?? null}
              onOpen={(id) => {
                setNotice(null);
                browse(id);
              }}
            />
          </div>
          {open ? (
            <TemplateView
              key={open.id}
              template={open}
              timeZone={timeZone}
              onEdit={() => {
                setNotice(null);
                setView({ mode: "edit", templateId: open.id });
              }}
              onCopied={(copyId) => {
                setNotice(
                  `A copy of “${open.content.title}” is in your library. Edit it to make it your own.`,
                );
                browse(copyId);
              }}
              onClose={() => {
                setNotice(null);
                browse(null);
                focusSoon(openButtonId(open.id));
              }}
            />
          ) : (
            <p className="hidden rounded-xl border border-dashed border-stone-300 bg-white p-6 text-stone-600 lg:block">
              Open a template to read it here.
            </p>
          )}
        </div>
      );
  }

  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
        {body}
      </div>
    </>
  );
}
