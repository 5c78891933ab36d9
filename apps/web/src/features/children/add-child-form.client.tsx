"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, Card, CheckboxField, SelectField, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { calendarDateIn } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  checkNewChild,
  EMPTY_CHILD,
  newChildFieldOf,
  tickTherapist,
  type NewChildDraft,
  type NewChildErrors,
} from "./new-child";

type Therapist = { id: string; name: string };

export function AddChildForm({
  therapists,
  timeZone,
  today,
}: {
  therapists: Therapist[];
  timeZone: string;
  today: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<NewChildDraft>(EMPTY_CHILD);
  const [errors, setErrors] = useState<NewChildErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  const create = useMutation(trpc.child.create.mutationOptions());
  const edit = (change: Partial<NewChildDraft>) =>
    setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const checked = checkNewChild(draft, calendarDateIn(timeZone, new Date()));
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) {
      focusFirstInvalid(form.current);
      return;
    }
    create.mutate(checked.input, {
      onSuccess: ({ childId }) => router.push(`/children/${childId}`),
      onError: (error) => {
        const refused = placeRefusal(describeError(error), newChildFieldOf);
        setErrors(refused.errors);
        setProblem(refused.problem);
        focusFirstInvalid(form.current);
      },
    });
  }

  const navigating = create.isSuccess;

  return (
    <Card
      title="Add a child"
      description="After adding the child you'll go to their record, where you can invite their family."
    >
      <div aria-live="polite">
        {navigating ? (
          <Alert tone="success" className="mb-4">
            Child added. Opening their record…
          </Alert>
        ) : null}
      </div>
      {problem ? (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
        <ChildDetailsFields today={today} draft={draft} errors={errors} onEdit={edit} />
        <PrimaryTherapistField
          therapists={therapists}
          value={draft.primaryTherapistId}
          error={errors.primaryTherapistId}
          onChange={(primaryTherapistId) => edit({ primaryTherapistId })}
        />
        <OtherTherapists
          therapists={therapists.filter((therapist) => therapist.id !== draft.primaryTherapistId)}
          ticked={draft.therapistIds}
          error={errors.therapistIds}
          onTick={(therapistId, ticked) =>
            setDraft((current) => ({
              ...current,
              therapistIds: tickTherapist(current.therapistIds, therapistId, ticked),
            }))
          }
        />
        <div>
          <Button type="submit" busy={create.isPending || navigating}>
            Add child
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** The child's names and date of birth, which may not be after `today`. */
function ChildDetailsFields({
  today,
  draft,
  errors,
  onEdit,
}: {
  today: string;
  draft: NewChildDraft;
  errors: NewChildErrors;
  onEdit: (change: Partial<NewChildDraft>) => void;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="First name"
          name="firstName"
          autoComplete="off"
          required
          value={draft.firstName}
          onChange={(event) => onEdit({ firstName: event.target.value })}
          error={errors.firstName}
        />
        <TextField
          label="Last name"
          name="lastName"
          autoComplete="off"
          required
          value={draft.lastName}
          onChange={(event) => onEdit({ lastName: event.target.value })}
          error={errors.lastName}
        />
      </div>
      <TextField
        label="Date of birth"
        name="dateOfBirth"
        type="date"
        required
        max={today}
        value={draft.dateOfBirth}
        onChange={(event) => onEdit({ dateOfBirth: event.target.value })}
        error={errors.dateOfBirth}
        className="sm:max-w-xs"
      />
    </>
  );
}

function PrimaryTherapistField({
  therapists,
  value,
  error,
  onChange,
}: {
  therapists: Therapist[];
  value: string;
  error: string | undefined;
  onChange: (therapistId: string) => void;
}) {
  return (
    <SelectField
      label="Primary therapist"
      name="primaryTherapistId"
      options={[
        { value: "", label: therapists.length ? "Not assigned yet" : "No therapists yet" },
        ...therapists.map((therapist) => ({ value: therapist.id, label: therapist.name })),
      ]}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      hint={
        therapists.length === 0 ? (
          <>
            Invite a therapist on the{" "}
            <Link
              href="/admin/staff"
              className="font-medium text-brand-700 underline underline-offset-4"
            >
              Staff page
            </Link>{" "}
            first, or assign one later.
          </>
        ) : (
          "The therapist who leads this child's care."
        )
      }
    />
  );
}

/** Every therapist but the primary one, to tick; nothing when there is none. */
function OtherTherapists({
  therapists,
  ticked,
  error,
  onTick,
}: {
  therapists: Therapist[];
  ticked: string[];
  error: string | undefined;
  onTick: (therapistId: string, ticked: boolean) => void;
}) {
  if (therapists.length === 0) return null;
  return (
    <fieldset aria-describedby="other-therapists-hint" aria-invalid={error ? true : undefined}>
      <legend className="font-medium text-stone-900">Other therapists</legend>
      <p id="other-therapists-hint" className="text-sm text-stone-600">
        They can also see this child and work on the home program.
      </p>
      <div className="mt-1 grid sm:grid-cols-2">
        {therapists.map((therapist) => (
          <CheckboxField
            key={therapist.id}
            name="therapistIds"
            value={therapist.id}
            label={therapist.name}
            checked={ticked.includes(therapist.id)}
            onChange={(event) => onTick(therapist.id, event.target.checked)}
          />
        ))}
      </div>
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}
