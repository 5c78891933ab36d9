"use client";

import { SEEDED_FORM_TEMPLATES, type StandardFormKey } from "@carryover/domain/forms";
import { Card, CheckboxField, TextField } from "@carryover/ui";

import type { SectionProps } from "./settings-sections.client";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function MessagingSection({ draft, errors, onEdit }: SectionProps) {
  const toggleDay = (day: number, on: boolean) =>
    onEdit({
      officeDays: on ? [...draft.officeDays, day] : draft.officeDays.filter((d) => d !== day),
    });
  return (
    <Card
      title="Messages with families"
      description="Families write to their child's care team. Outside office hours they get your automatic reply, at most once in 12 hours."
    >
      <div className="flex flex-col gap-4">
        <CheckboxField
          label="Families may start a conversation"
          name="familiesMayStart"
          checked={draft.familiesMayStart}
          onChange={(event) => onEdit({ familiesMayStart: event.target.checked })}
          hint="When off, families answer only after their care team writes first."
        />
        <fieldset className="flex flex-col gap-2" aria-describedby="officeDays-error">
          <legend className="font-medium text-stone-900">Office days</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {WEEKDAYS.map((name, index) => (
              <CheckboxField
                key={name}
                label={name}
                name={`officeDay${index + 1}`}
                checked={draft.officeDays.includes(index + 1)}
                onChange={(event) => toggleDay(index + 1, event.target.checked)}
              />
            ))}
          </div>
          {errors.officeDays ? (
            <p id="officeDays-error" className="text-sm font-medium text-red-700">
              {errors.officeDays}
            </p>
          ) : null}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Office opens"
            name="officeOpens"
            type="time"
            required
            value={draft.officeOpens}
            onChange={(event) => onEdit({ officeOpens: event.target.value })}
            error={errors.officeOpens}
          />
          <TextField
            label="Office closes"
            name="officeCloses"
            type="time"
            required
            value={draft.officeCloses}
            onChange={(event) => onEdit({ officeCloses: event.target.value })}
            error={errors.officeCloses}
            hint="In the clinic's time zone."
          />
        </div>
        <TextField
          label="Automatic reply outside office hours"
          name="autoReply"
          maxLength={1000}
          value={draft.autoReply}
          onChange={(event) => onEdit({ autoReply: event.target.value })}
          error={errors.autoReply}
          hint="Leave empty to send none. Every family also sees “For an emergency, call 911.” above the message box."
        />
      </div>
    </Card>
  );
}

/** The standard forms by what the family sees them called. */
const FORM_TITLES = SEEDED_FORM_TEMPLATES.map(({ key, title }) => ({ key, title }));

export function FormsSection({ draft, errors, onEdit }: SectionProps) {
  const toggle = (key: StandardFormKey, on: boolean) =>
    onEdit({
      formsOnFirstEvaluation: on
        ? [...draft.formsOnFirstEvaluation, key]
        : draft.formsOnFirstEvaluation.filter((k) => k !== key),
    });
  return (
    <Card
      title="Forms for new families"
      description="Sent to the family by themselves when a child's first evaluation is booked, so the intake and consents are done before the visit."
    >
      <fieldset className="flex flex-col gap-2" aria-describedby="formsOnFirstEvaluation-error">
        <legend className="font-medium text-stone-900">
          Send when a first evaluation is booked
        </legend>
        {FORM_TITLES.map(({ key, title }) => (
          <CheckboxField
            key={key}
            label={title}
            name={`formOnFirstEvaluation-${key}`}
            checked={draft.formsOnFirstEvaluation.includes(key)}
            onChange={(event) => toggle(key, event.target.checked)}
          />
        ))}
        {errors.formsOnFirstEvaluation ? (
          <p id="formsOnFirstEvaluation-error" className="text-sm font-medium text-red-700">
            {errors.formsOnFirstEvaluation}
          </p>
        ) : null}
      </fieldset>
    </Card>
  );
}
