"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { UpdateEmergencyContactInput } from "@carryover/api/contracts/child";
import { Alert, Button, Card, DescriptionList, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeRefusal, type FieldErrors } from "~/lib/form-errors";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { QueryError } from "~/lib/query-state";
import { formatDateTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Field = "name" | "relationship" | "phone";
type Draft = Record<Field, string>;

const fieldOf = (path: string): Field | null => {
  const field = path.replace(/^contact\./, "");
  return field === "name" || field === "relationship" || field === "phone" ? field : null;
};

/** Who to call when no guardian answers: filled in by the family, seen by the child's therapists. */
export function EmergencyContactCard({
  childId,
  firstName,
  timeZone,
}: {
  childId: string;
  firstName: string;
  timeZone: string;
}) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const answer = useQuery(trpc.child.emergencyContact.queryOptions({ childId }));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const contact = answer.data?.contact ?? null;

  return (
    <Card
      title="Emergency contact"
      description={`Who the clinic calls if nobody in ${firstName}'s family answers during a session.`}
    >
      <div aria-live="polite">
        {saved && !editing ? <Alert tone="success">Emergency contact saved.</Alert> : null}
      </div>
      {answer.isPending ? (
        <p className="text-stone-600">Loading the emergency contact…</p>
      ) : answer.isError ? (
        <QueryError
          error={answer.error}
          what="the emergency contact"
          onRetry={() => void answer.refetch()}
        />
      ) : editing ? (
        <EmergencyContactForm
          childId={childId}
          initial={contact ?? { name: "", relationship: "", phone: "" }}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <div className="flex flex-col gap-4">
          {contact ? (
            <DescriptionList
              items={[
                { term: "Name", detail: contact.name },
                { term: "Relationship", detail: contact.relationship },
                {
                  term: "Phone",
                  detail: (
                    <a
                      className="font-medium text-brand-700 underline underline-offset-4"
                      href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}
                    >
                      {contact.phone}
                    </a>
                  ),
                },
                {
                  term: "Last updated",
                  detail: `${formatDateTime(contact.updatedAt, timeZone, cycle)}${contact.updatedByName ? ` by ${contact.updatedByName}` : ""}`,
                },
              ]}
            />
          ) : (
            <p className="text-stone-700">
              {answer.data.canEdit
                ? `No emergency contact yet. Add someone other than ${firstName}'s guardians whom the clinic can call.`
                : "The family hasn't added an emergency contact yet."}
            </p>
          )}
          {answer.data.canEdit ? (
            <div>
              <Button
                type="button"
                variant={contact ? "secondary" : "primary"}
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {contact ? "Change emergency contact" : "Add an emergency contact"}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </Card>
  );
}

function EmergencyContactForm({
  childId,
  initial,
  onCancel,
  onSaved,
}: {
  childId: string;
  initial: Draft;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.child.updateEmergencyContact.mutationOptions());
  const [draft, setDraft] = useState<Draft>({
    name: initial.name,
    relationship: initial.relationship,
    phone: initial.phone,
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(UpdateEmergencyContactInput, { childId, contact: draft });
    if (!checked.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(checked.fieldErrors).flatMap(([path, message]) => {
            const field = fieldOf(path);
            return field ? [[field, message]] : [];
          }),
        ),
      );
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      await save.mutateAsync(checked.value);
      await queryClient.invalidateQueries({
        queryKey: trpc.child.emergencyContact.queryKey({ childId }),
      });
      onSaved();
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  const edit = (field: Field) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4"
      aria-label="Emergency contact"
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        value={draft.name}
        onChange={edit("name")}
        error={errors.name}
      />
      <TextField
        label="Relationship to the child"
        name="relationship"
        required
        value={draft.relationship}
        onChange={edit("relationship")}
        error={errors.relationship}
        hint="For example aunt, neighbour or childminder."
      />
      <TextField
        label="Phone"
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        value={draft.phone}
        onChange={edit("phone")}
        error={errors.phone}
        hint="With the area code, such as (555) 010-0199."
      />
      <div className="flex flex-col-reverse gap-3 sm:flex-row">
        <Button type="button" variant="secondary" onClick={onCancel} disabled={save.isPending}>
          Cancel
        </Button>
        <Button type="submit" busy={save.isPending}>
          Save emergency contact
        </Button>
      </div>
    </form>
  );
}
