"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { US_STATES, type UsState } from "@carryover/domain/clinic";
import { Alert, Button, CheckboxField } from "@carryover/ui";

import type { StaffMember } from "~/features/clinic/types";
import { Dialog } from "~/lib/dialog.client";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Props = {
  person: StaffMember | null;
  onClose: () => void;
  onSaved: (person: StaffMember, states: UsState[]) => void;
};

const isUsState = (value: string): value is UsState =>
  (US_STATES as readonly string[]).includes(value);

export function LicenceStatesDialog({ person, onClose, onSaved }: Props) {
  const trpc = useTRPC();
  const save = useMutation(trpc.staff.updateLicences.mutationOptions());
  const busy = save.isPending;

  return (
    <Dialog
      open={person !== null}
      onClose={() => {
        save.reset();
        onClose();
      }}
      busy={busy}
      title={person ? `Licence states for ${person.name}` : "Licence states"}
      description="Tick every state where this therapist holds an active licence. Telehealth sessions follow where the child is."
    >
      {person ? (
        <LicenceStatesForm
          key={person.userId}
          person={person}
          busy={busy}
          error={save.isError ? describeError(save.error).message : null}
          onCancel={() => {
            save.reset();
            onClose();
          }}
          onSubmit={(states) =>
            save.mutate(
              { userId: person.userId, states },
              { onSuccess: () => onSaved(person, states) },
            )
          }
        />
      ) : null}
    </Dialog>
  );
}

function LicenceStatesForm({
  person,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  person: StaffMember;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (states: UsState[]) => void;
}) {
  const [selected, setSelected] = useState<Set<UsState>>(
    () => new Set(person.licenceStates.filter(isUsState)),
  );
  const chosen = US_STATES.filter((state) => selected.has(state));

  const toggle = (state: UsState, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(state);
      else next.delete(state);
      return next;
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(chosen);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset>
        <legend className="font-medium text-stone-900">States</legend>
        <p className="text-sm text-stone-600" aria-live="polite">
          {chosen.length === 0 ? "None selected." : `Selected: ${chosen.join(", ")}.`}
        </p>
        <div className="mt-2 grid grid-cols-4 gap-x-2 sm:grid-cols-7">
          {US_STATES.map((state) => (
            <CheckboxField
              key={state}
              name="states"
              value={state}
              label={state}
              checked={selected.has(state)}
              onChange={(event) => toggle(state, event.target.checked)}
              disabled={busy}
            />
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col-reverse gap-3 border-t border-stone-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => setSelected(new Set())}
          disabled={busy || chosen.length === 0}
        >
          Clear all
        </Button>
        <div className="flex flex-col-reverse gap-3 sm:flex-row">
          <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" busy={busy}>
            Save licence states
          </Button>
        </div>
      </div>
    </form>
  );
}
