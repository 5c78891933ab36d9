"use client";

import { useRef, useState, type ReactNode } from "react";

import { Button } from "@carryover/ui";

import { moveItem, removeItem, replaceItem } from "./list-edit";

export type ListChange =
  | { type: "add" }
  | { type: "remove"; index: number }
  | { type: "move"; index: number; offset: -1 | 1 }
  | { type: "edit"; index: number };

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

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

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
  const container = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const Name = capitalize(itemName);
  const errorId = error ? `${listId}-error` : undefined;
  const full = items.length >= max;

  const focusLater = (find: (root: HTMLElement) => HTMLElement | null | undefined) =>
    requestAnimationFrame(() => {
      const root = container.current;
      if (root) find(root)?.focus();
    });
  const itemElement = (root: HTMLElement, index: number) =>
    root.querySelector<HTMLElement>(`[data-list-item="${listId}-${index}"]`);
  const enabled = (element: HTMLElement | null | undefined) =>
    element instanceof HTMLButtonElement && element.disabled ? null : element;

  function add() {
    const index = items.length;
    onChange([...items, newItem()], { type: "add" });
    setAnnouncement(`${Name} ${index + 1} added.`);
    focusLater((root) =>
      itemElement(root, index)?.querySelector<HTMLElement>("input, textarea, select"),
    );
  }

  function remove(index: number) {
    onChange(removeItem(items, index), { type: "remove", index });
    setAnnouncement(`${Name} ${index + 1} removed.`);
    const remaining = items.length - 1;
    focusLater((root) => {
      const neighbour = remaining === 0 ? null : Math.min(index, remaining - 1);
      return neighbour === null
        ? root.querySelector<HTMLElement>("[data-list-add]")
        : itemElement(root, neighbour)?.querySelector<HTMLElement>("[data-list-remove]");
    });
  }

  function move(index: number, offset: -1 | 1) {
    const target = index + offset;
    if (target < 0 || target >= items.length) return;
    onChange(moveItem(items, index, offset), { type: "move", index, offset });
    setAnnouncement(
      `${Name} ${index + 1} moved ${offset < 0 ? "up" : "down"}; it is now ${itemName} ${target + 1}.`,
    );
    const same = offset < 0 ? "up" : "down";
    const other = offset < 0 ? "down" : "up";
    focusLater((root) => {
      const item = itemElement(root, target);
      return (
        enabled(item?.querySelector<HTMLElement>(`[data-list-move="${same}"]`)) ??
        item?.querySelector<HTMLElement>(`[data-list-move="${other}"]`)
      );
    });
  }

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
              const heading = single ? (
                <label htmlFor={itemId} className="font-medium text-stone-900">
                  {label}
                </label>
              ) : (
                <span aria-hidden="true" className="font-medium text-stone-900">
                  {label}
                </span>
              );
              const body = renderItem({
                item,
                index,
                itemId,
                label,
                update: (next) =>
                  onChange(replaceItem(items, index, next), { type: "edit", index }),
              });
              const controls = (
                <div className="flex shrink-0 items-center gap-1">
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    className="w-11 shrink-0"
                    data-list-move="up"
                    aria-label={`Move ${itemName} ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
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
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <ArrowIcon up={false} />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    data-list-remove=""
                    aria-label={`Remove ${itemName} ${index + 1}`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </Button>
                </div>
              );
              const header = (
                <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                  <div className="flex min-w-0 items-center gap-2">
                    {heading}
                    {itemBadge?.(index)}
                  </div>
                  {controls}
                </div>
              );
              return (
                <li
                  key={index}
                  data-list-item={itemId}
                  className="rounded-lg border border-stone-200 bg-stone-50 p-3"
                >
                  {single ? (
                    <div className="flex flex-col gap-2">
                      {header}
                      {body}
                    </div>
                  ) : (
                    <fieldset className="min-w-0">
                      <legend className="sr-only">{label}</legend>
                      <div className="flex flex-col gap-3">
                        {header}
                        {body}
                      </div>
                    </fieldset>
                  )}
                </li>
              );
            })}
          </ol>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="button"
            variant="secondary"
            size="sm"
            data-list-add=""
            disabled={full}
            onClick={add}
          >
            {addLabel}
          </Button>
          {full ? (
            <p className="text-sm text-stone-600">
              Up to {max} {itemPlural ?? `${itemName}s`}.
            </p>
          ) : null}
        </div>
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </fieldset>
  );
}
