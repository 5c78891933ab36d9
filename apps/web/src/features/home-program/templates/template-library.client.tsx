"use client";

import { useQuery } from "@tanstack/react-query";
import { useReducer, useState, type Dispatch } from "react";

import { Alert, Button, PageHeader } from "@carryover/ui";

import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { focusSoon, LibraryBrowser, NewTemplateButton } from "./library-browser.client";
import {
  LIBRARY_START,
  libraryReducer,
  type LibraryEvent,
  type LibraryView,
} from "./library-state";
import { NewTemplateChooser } from "./new-template-chooser.client";
import type { TemplateFilter } from "./template-filter";
import { TemplateForm } from "./template-form.client";
import type { Template } from "./types";

const NEW_BUTTON_ID = "new-template-button";

/** The clinic's activity templates: find one, read it, change it, copy it, or start a new one. */
export function TemplateLibrary({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const templates = useQuery(trpc.template.list.queryOptions());
  const [{ view, notice }, dispatch] = useReducer(libraryReducer, LIBRARY_START);
  const [filter, setFilter] = useState<TemplateFilter>({ kind: "all", query: "" });

  const header = (
    <PageHeader
      title="Activity library"
      description="Your clinic's activity templates, ready to copy into a child's home program. Changing a template leaves the programs already built from it as they are."
      actions={
        view.mode === "browse" ? (
          <NewTemplateButton id={NEW_BUTTON_ID} onClick={() => dispatch({ type: "new-started" })} />
        ) : undefined
      }
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

  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
        {view.mode === "browse" ? (
          <LibraryBrowser
            templates={templates.data}
            openId={view.openId}
            filter={filter}
            onFilterChange={setFilter}
            timeZone={timeZone}
            dispatch={dispatch}
          />
        ) : (
          <LibraryForm view={view} templates={templates.data} dispatch={dispatch} />
        )}
      </div>
    </>
  );
}

/** The steps that write a template: the technique of a new one, then its form; or an edit. */
function LibraryForm({
  view,
  templates,
  dispatch,
}: {
  view: Exclude<LibraryView, { mode: "browse" }>;
  templates: readonly Template[];
  dispatch: Dispatch<LibraryEvent>;
}) {
  const backToList = () => {
    dispatch({ type: "left", openId: null });
    focusSoon(NEW_BUTTON_ID);
  };
  if (view.mode === "choose")
    return (
      <NewTemplateChooser
        onChoose={(kind) => dispatch({ type: "kind-chosen", kind })}
        onCancel={backToList}
      />
    );
  if (view.mode === "new")
    return (
      <TemplateForm
        key={`new-${view.kind}`}
        initial={newActivityOf(view.kind)}
        onSaved={(templateId, title) => dispatch({ type: "created", templateId, title })}
        onCancel={backToList}
      />
    );
  const template = templates.find((t) => t.id === view.templateId);
  if (!template)
    return (
      <Alert tone="warning" title="That template is no longer in the library.">
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => dispatch({ type: "left", openId: null })}
        >
          Back to the library
        </Button>
      </Alert>
    );
  return (
    <TemplateForm
      key={template.id}
      templateId={template.id}
      initial={{ content: template.content, structure: template.structure }}
      onSaved={(templateId, title) => dispatch({ type: "saved", templateId, title })}
      onCancel={() => dispatch({ type: "left", openId: template.id })}
    />
  );
}
