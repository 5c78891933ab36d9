"use client";

import { createContext, useContext, type FormEvent, type ReactNode } from "react";

import type { PracticeTap } from "@carryover/domain/home-program";

import type { OpenPracticeView } from "~/features/home-program/types";
import type { LogExtras } from "./log-entries";
import type { QueuedLog } from "./practice-queue";
import type { TodaysEntry } from "./today-state";

/** Where Today's forms post when the page's script has not run (yet): the server records them. */
export const PRACTICE_FORM_ACTION = "/family/today/practice";

export type TodayPractice = {
  childId: string;
  timeZone: string;
  /** A key the server rendered into the page, for the forms sent before the script runs. */
  formKey: string;
  now: Date;
  open: readonly OpenPracticeView[];
  waiting: readonly QueuedLog[];
  entries: readonly TodaysEntry[];
  tap: (activityId: string, tap: PracticeTap) => void;
  untap: (clientKey: string) => void;
  undo: (log: TodaysEntry) => void;
  finish: (activityId: string, extras: LogExtras) => void;
};

export const TodayPracticeContext = createContext<TodayPractice | null>(null);

export function useTodayPractice(): TodayPractice {
  const practice = useContext(TodayPracticeContext);
  if (!practice) throw new Error("useTodayPractice outside Today");
  return practice;
}

/** The fields a form needs to be recorded by the server without the page's script. */
export function Hidden({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}

/**
 * A real form that works before the page's script has loaded (the server records it and sends the
 * page back); once the script runs, `onSend` takes it to the phone's queue instead.
 */
export function PracticeForm({
  op,
  fields,
  onSend,
  className,
  label,
  children,
}: {
  op: "tap" | "untap" | "log" | "finish" | "undo";
  fields: Record<string, string>;
  onSend: (submitter: HTMLButtonElement | null, form: HTMLFormElement) => void;
  className?: string;
  label?: string;
  children: ReactNode;
}) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    onSend(submitter instanceof HTMLButtonElement ? submitter : null, event.currentTarget);
  };
  return (
    <form
      method="post"
      action={PRACTICE_FORM_ACTION}
      onSubmit={onSubmit}
      className={className}
      aria-label={label}
    >
      <Hidden fields={{ op, ...fields }} />
      {children}
    </form>
  );
}
