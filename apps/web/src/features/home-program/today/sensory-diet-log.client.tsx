"use client";

import { useState } from "react";

import { Button, cn } from "@carryover/ui";

import { sensoryDietLog, type SaveLog, type Structure } from "./log-entries";
import { PracticeForm, useTodayPractice } from "./today-practice.client";

export function SensoryDietLog({
  activityId,
  structure,
  moment,
  onSave,
}: {
  activityId: string;
  structure: Structure<"sensory_diet">;
  moment: string;
  onSave: SaveLog;
}) {
  const practice = useTodayPractice();
  const [choice, setChoice] = useState(structure.menu[0]?.title ?? "");
  return (
    <PracticeForm
      op="log"
      fields={{
        childId: practice.childId,
        activityId,
        moment,
        clientKey: `${practice.formKey}:${activityId}:${moment.slice(0, 20)}`,
      }}
      onSend={(button) => {
        const outcome = button?.value === "skipped" ? "skipped" : "done";
        const { entry, extras } = sensoryDietLog(
          outcome,
          choice,
          moment,
          structure.durationMinutes,
        );
        onSave(entry, extras);
      }}
      className="flex flex-col gap-3"
    >
      <fieldset>
        <legend className="mb-2 text-sm text-stone-700">
          Pick one ({structure.durationMinutes} minutes):
        </legend>
        <div className="flex flex-wrap gap-2">
          {structure.menu.map((item) => (
            <label
              key={item.title}
              className={cn(
                "inline-flex min-h-11 cursor-pointer items-center rounded-full border px-4 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
                choice === item.title
                  ? "border-brand-700 bg-brand-50 font-medium text-brand-900"
                  : "border-stone-300 bg-white",
              )}
            >
              <input
                type="radio"
                name="choice"
                value={item.title}
                className="sr-only"
                checked={choice === item.title}
                onChange={() => setChoice(item.title)}
              />
              {item.title}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <Button type="submit" size="lg" name="outcome" value="done">
          Done
        </Button>
        <Button type="submit" size="lg" variant="secondary" name="outcome" value="skipped">
          Skipped
        </Button>
      </div>
    </PracticeForm>
  );
}
