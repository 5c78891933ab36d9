"use client";

import type { ReactNode } from "react";

import { Button } from "@carryover/ui";

import { replaceItem, type ListChange } from "./list-edit";
import { useListChanges } from "./use-list-changes.client";

export type ListItemProps<T> = {
  item: T;
  index: number;
  /** The item's id: a one-input item uses it for its input; others add "-<field>". */
  itemId: string;
  /** "Level 2": a one-input item's label, a group's name. */
  label: string;
  update: (next: T) => void;
};

export type ListEditorProps<T> = {
  /** The id of the list (the field id of its path); items are "<listId>-<index>". */
  listId: string;
  legend: ReactNode;
  description?: ReactNode;
  /** "level", as in "Move level 2 up". */
  itemName: string;
  /** When adding "s" is wrong ("activities"). */
  itemPlural?: string;
  items: readonly T[];
  onChange: (items: T[], change: ListChange) => void;
  newItem: () => T;
  max: number;
  addLabel: string;
  /** The list's own message ("A ladder needs at least two levels"). */
  error?: string;
  emptyText?: string;
  /** One input per item: the item's heading labels it. */
  single?: boolean;
  /** Something to show beside an item's heading, such as "Now". */
  itemBadge?: (index: number) => ReactNode;
  renderItem: (props: ListItemProps<T>) => ReactNode;
  disabled?: boolean;
};

function ArrowIcon({ up }: { up: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-5"
    >
      <path d={up ? "M12 19V5m-6 6 6-6 6 6" : "M12 5v14m6-6-6 6-6-6"} />
    </svg>
  );
}

/**
 * An ordered list of items with add, remove, move up and move down. Focus stays with the item
 * that moved, and each change is announced, so the list works by keyboard and screen reader.
 */
export function ListEditor<T>({
  listId,
  legend,
  description,
  itemName,
  itemPlural,
  items,
  onChange,
  newItem,
  max,
  addLabel,
  error,
  emptyText,
  single = false,
  itemBadge,
  renderItem,
  disabled,
}: ListEditorProps<T>) {
  const { container, announcement, Name, add, remove, move } = useListChanges({
    listId,
    itemName,
    items,
    onChange,
    newItem,
  });
  const errorId = error ? `${listId}-error` : undefined;

  return (
    <fieldset
      ref={container}
      id={listId}
      tabIndex={-1}
      aria-describedby={errorId}
      disabled={disabled}
      className="min-w-0 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand-600"
    >
      <legend className="font-semibold text-stone-900">{legend}</legend>
      <div className="mt-1 flex flex-col gap-3">
        {description ? <p className="text-sm text-stone-600">{description}</p> : null}
        {error ? (
          <p id={errorId} className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        {items.length === 0 && emptyText ? <p className="text-stone-600">{emptyText}</p> : null}
        {items.length > 0 ? (
          <ol className="flex flex-col gap-3">
            {items.map((item, index) => {
              const itemId = `${listId}-${index}`;
              const label = `${Name} ${index + 1}`;
              return (
                <ListEditorItem
                  key={index}
                  itemId={itemId}
                  label={label}
                  single={single}
                  badge={itemBadge?.(index)}
                  controls={
                    <ItemControls
                      itemName={itemName}
                      index={index}
                      last={index === items.length - 1}
                      onMove={(offset) => move(index, offset)}
                      onRemove={() => remove(index)}
                    />
                  }
                >
                  {renderItem({
                    item,
                    index,
                    itemId,
                    label,
                    update: (next) =>
                      onChange(replaceItem(items, index, next), { type: "edit", index }),
                  })}
                </ListEditorItem>
              );
            })}
          </ol>
        ) : null}
        <AddRow
          addLabel={addLabel}
          full={items.length >= max}
          fullText={`Up to ${max} ${itemPlural ?? `${itemName}s`}.`}
          onAdd={add}
        />
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </fieldset>
  );
}

/** One item: its heading (a label for a one-input item), its badge, its controls and its fields. */
function ListEditorItem({
  itemId,
  label,
  single,
  badge,
  controls,
  children,
}: {
  itemId: string;
  label: string;
  single: boolean;
  badge: ReactNode;
  controls: ReactNode;
  children: ReactNode;
}) {
  const heading = single ? (
    <label htmlFor={itemId} className="font-medium text-stone-900">
      {label}
    </label>
  ) : (
    <span aria-hidden="true" className="font-medium text-stone-900">
      {label}
    </span>
  );
  const header = (
    <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
      <div className="flex min-w-0 items-center gap-2">
        {heading}
        {badge}
      </div>
      {controls}
    </div>
  );
  return (
    <li data-list-item={itemId} className="rounded-lg border border-stone-200 bg-stone-50 p-3">
      {single ? (
        <div className="flex flex-col gap-2">
          {header}
          {children}
        </div>
      ) : (
        <fieldset className="min-w-0">
          <legend className="sr-only">{label}</legend>
          <div className="flex flex-col gap-3">
            {header}
            {children}
          </div>
        </fieldset>
      )}
    </li>
  );
}

function ItemControls({
  itemName,
  index,
  last,
  onMove,
  onRemove,
}: {
  itemName: string;
  index: number;
  last: boolean;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex shrink-0 items-center gap-1">
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="w-11 shrink-0"
        data-list-move="up"
        aria-label={`Move ${itemName} ${index + 1} up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <ArrowIcon up />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="w-11 shrink-0"
        data-list-move="down"
        aria-label={`Move ${itemName} ${index + 1} down`}
        disabled={last}
        onClick={() => onMove(1)}
      >
        <ArrowIcon up={false} />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        data-list-remove=""
        aria-label={`Remove ${itemName} ${index + 1}`}
        onClick={onRemove}
      >
        Remove
      </Button>
    </div>
  );
}

function AddRow({
  addLabel,
  full,
  fullText,
  onAdd,
}: {
  addLabel: string;
  full: boolean;
  fullText: string;
  onAdd: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        data-list-add=""
        disabled={full}
        onClick={onAdd}
      >
        {addLabel}
      </Button>
      {full ? <p className="text-sm text-stone-600">{fullText}</p> : null}
    </div>
  );
}
