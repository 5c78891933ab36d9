"use client";

import { useState } from "react";

import { CheckboxField } from "@carryover/ui";

import type { LiveSession } from "./types";

/** The therapy kit the therapist asked for, to tick off before joining; ticks stay on this page. */
export function KitChecklist({ session }: { session: LiveSession }) {
  const [ticked, setTicked] = useState<string[]>([]);
  return (
    <section
      aria-labelledby="kit-title"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="kit-title" className="text-lg font-semibold text-stone-900">
        Have these ready
      </h2>
      {session.kit.length === 0 ? (
        <p className="mt-2 text-stone-600">
          {session.role === "therapist"
            ? "No checklist yet. Add one in the session's side panel (Coaching)."
            : "Nothing special this time: just you, your child and some space to move."}
        </p>
      ) : (
        <ul className="mt-2 flex flex-col">
          {session.kit.map((item) => (
            <li key={item}>
              <CheckboxField
                label={item}
                checked={ticked.includes(item)}
                onChange={(e) =>
                  setTicked((t) => (e.target.checked ? [...t, item] : t.filter((x) => x !== item)))
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
