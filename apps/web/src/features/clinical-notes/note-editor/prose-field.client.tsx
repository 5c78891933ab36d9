"use client";

import { TEXTAREA } from "./labels";

type Draft<C> = {
  content: C;
  edit: (change: (current: C) => C) => void;
  flush: () => Promise<boolean>;
};

/** A ProseField's value and handlers for one text part of a draft: edited in place, saved on blur. */
export function proseOf<K extends string, C extends Record<K, string>>(draft: Draft<C>, key: K) {
  return {
    value: draft.content[key],
    onChange: (value: string) => draft.edit((c) => ({ ...c, [key]: value })),
    onBlur: () => void draft.flush(),
  };
}

/** A labelled textarea of a note, its hint read with it, saving when the therapist moves on. */
export function ProseField({
  id,
  label,
  hint,
  value,
  rows = 4,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        className={TEXTAREA}
      />
    </div>
  );
}
