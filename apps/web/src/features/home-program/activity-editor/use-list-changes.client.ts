"use client";

import { useRef, useState } from "react";

import { moveItem, removeItem, type ListChange } from "./list-edit";

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Add, remove and move for a list editor. Focus stays with the item that moved (or goes to its
 * neighbour, or to the add button), and each change is announced.
 */
export function useListChanges<T>({
  listId,
  itemName,
  items,
  onChange,
  newItem,
}: {
  listId: string;
  itemName: string;
  items: readonly T[];
  onChange: (items: T[], change: ListChange) => void;
  newItem: () => T;
}) {
  const container = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const Name = capitalize(itemName);

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

  return { container, announcement, Name, add, remove, move };
}
