"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

import { checkChildDateOfBirth } from "@carryover/domain/children";
import { Alert, Button, Card, CheckboxField, SelectField, TextField } from "@carryover/ui";

import { focusFirstInvalid, type FieldErrors } from "~/lib/form-errors";
import { calendarDateIn } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Field = "firstName" | "lastName" | "dateOfBirth" | "primaryTherapistId" | "therapistIds";
type Therapist = { id: string; name: string };

const FIELDS: readonly Field[] = [
  "firstName",
  "lastName",
  "dateOfBirth",
  "primaryTherapistId",
  "therapistIds",
];

function fieldOf(path: string | null): Field | null {
  const head = path?.split(".")[0];
  return FIELDS.find((field) => field === head) ?? null;
}

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
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const [primaryTherapistId, setPrimaryTherapistId] = useState("");
  const [therapistIds, setTherapistIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const create = useMutation(trpc.child.create.mutationOptions());

  const others = therapists.filter((therapist) => therapist.id !== primaryTherapistId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const found: FieldErrors<Field> = {};
    if (!firstName.trim()) found.firstName = "Enter the child's first name.";
    if (!lastName.trim()) found.lastName = "Enter the child's last name.";
    if (!dateOfBirth) found.dateOfBirth = "Enter the child's date of birth.";
    else {
      const check = checkChildDateOfBirth(dateOfBirth, calendarDateIn(timeZone, new Date()));
      if (!check.ok) {
        found.dateOfBirth =
          check.reason === "IN_FUTURE"
            ? "The date of birth can't be in the future."
            : "Carryover is for children up to 18 years old.";
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    create.mutate(
      {
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        dateOfBirth,
        primaryTherapistId: primaryTherapistId || null,
        therapistIds: therapistIds.filter((id) => id !== primaryTherapistId),
      },
      {
        onSuccess: ({ childId }) => router.push(`/children/${childId}`),
        onError: (error) => {
          const { message, field } = describeError(error);
          const known = fieldOf(field);
          if (known) {
            setErrors({ [known]: message });
            focusFirstInvalid(form.current);
          } else {
            setProblem(message);
          }
        },
      },
    );
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
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="First name"
            name="firstName"
            autoComplete="off"
            required
            value={firstName}
            onChange={(event) => setFirstName(event.target.value)}
            error={errors.firstName}
          />
          <TextField
            label="Last name"
            name="lastName"
            autoComplete="off"
            required
            value={lastName}
            onChange={(event) => setLastName(event.target.value)}
            error={errors.lastName}
          />
        </div>
        <TextField
          label="Date of birth"
          name="dateOfBirth"
          type="date"
          required
          max={today}
          value={dateOfBirth}
          onChange={(event) => setDateOfBirth(event.target.value)}
          error={errors.dateOfBirth}
          className="sm:max-w-xs"
        />
        <SelectField
          label="Primary therapist"
          name="primaryTherapistId"
          options={[
            { value: "", label: therapists.length ? "Not assigned yet" : "No therapists yet" },
            ...therapists.map((therapist) => ({ value: therapist.id, label: therapist.name })),
          ]}
          value={primaryTherapistId}
          onChange={(event) => setPrimaryTherapistId(event.target.value)}
          error={errors.primaryTherapistId}
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
        {others.length > 0 ? (
          <fieldset
            aria-describedby="other-therapists-hint"
            aria-invalid={errors.therapistIds ? true : undefined}
          >
            <legend className="font-medium text-stone-900">Other therapists</legend>
            <p id="other-therapists-hint" className="text-sm text-stone-600">
              They can also see this child and work on the home program.
            </p>
            <div className="mt-1 grid sm:grid-cols-2">
              {others.map((therapist) => (
                <CheckboxField
                  key={therapist.id}
                  name="therapistIds"
                  value={therapist.id}
                  label={therapist.name}
                  checked={therapistIds.includes(therapist.id)}
                  onChange={(event) =>
                    setTherapistIds((current) =>
                      event.target.checked
                        ? [...current, therapist.id]
                        : current.filter((id) => id !== therapist.id),
                    )
                  }
                />
              ))}
            </div>
            {errors.therapistIds ? (
              <p className="text-sm font-medium text-red-700">{errors.therapistIds}</p>
            ) : null}
          </fieldset>
        ) : null}
        <div>
          <Button type="submit" busy={create.isPending || navigating}>
            Add child
          </Button>
        </div>
      </form>
    </Card>
  );
}
