"use client";

import type { Dispatch } from "react";

import { Button, EmptyState } from "@carryover/ui";

import type { LibraryEvent } from "./library-state";
import type { TemplateFilter } from "./template-filter";
import { openButtonId, TemplateList } from "./template-list.client";
import { TemplateView } from "./template-view.client";
import type { Template } from "./types";

export const focusSoon = (id: string) =>
  requestAnimationFrame(() => document.getElementById(id)?.focus());

export function NewTemplateButton({ id, onClick }: { id?: string; onClick: () => void }) {
  return (
    <Button type="button" id={id} onClick={onClick}>
      New template
    </Button>
  );
}

/** The list of templates, and beside it (on a phone, in its place) the one open. */
export function LibraryBrowser({
  templates,
  openId,
  filter,
  onFilterChange,
  timeZone,
  dispatch,
}: {
  templates: readonly Template[];
  openId: string | null;
  filter: TemplateFilter;
  onFilterChange: (next: TemplateFilter) => void;
  timeZone: string;
  dispatch: Dispatch<LibraryEvent>;
}) {
  if (templates.length === 0)
    return (
      <EmptyState
        title="Your library is empty"
        description="Templates are activities written once for families and copied into each child's home program. Start with one you use often."
        action={<NewTemplateButton onClick={() => dispatch({ type: "new-started" })} />}
      />
    );
  const open = openId ? templates.find((t) => t.id === openId) : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
      <div className={open ? "hidden lg:block" : undefined}>
        <TemplateList
          templates={templates}
          filter={filter}
          onFilterChange={onFilterChange}
          openId={open?.id ?? null}
          onOpen={(templateId) => dispatch({ type: "opened", templateId })}
        />
      </div>
      {open ? (
        <TemplateView
          key={open.id}
          template={open}
          timeZone={timeZone}
          onEdit={() => dispatch({ type: "edit-started", templateId: open.id })}
          onCopied={(copyId) => dispatch({ type: "copied", copyId, title: open.content.title })}
          onClose={() => {
            dispatch({ type: "closed" });
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
