"use client";

import { Button } from "@carryover/ui";

/** The bar that stays at the foot of the screen: unsaved changes, undo and save. */
export function SaveBar({
  dirty,
  saving,
  onUndo,
}: {
  dirty: boolean;
  saving: boolean;
  onUndo: () => void;
}) {
  return (
    <div className="sticky bottom-0 flex flex-wrap items-center justify-end gap-3 border-t border-stone-200 bg-stone-50/95 py-3">
      {dirty ? (
        <p className="mr-auto text-sm font-medium text-amber-900" role="status">
          You have unsaved changes.
        </p>
      ) : null}
      <Button type="button" variant="secondary" disabled={!dirty || saving} onClick={onUndo}>
        Undo changes
      </Button>
      <Button type="submit" busy={saving} disabled={!dirty}>
        Save hours
      </Button>
    </div>
  );
}
