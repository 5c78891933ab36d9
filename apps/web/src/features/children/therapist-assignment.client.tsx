"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { Alert, Button, CheckboxField, SelectField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Props = {
  childId: string;
  therapists: { id: string; name: string }[];
  primaryTherapistId: string | null;
  therapistIds: string[];
};

export function TherapistAssignment({
  childId,
  therapists,
  primaryTherapistId,
  therapistIds,
}: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [primary, setPrimary] = useState(primaryTherapistId ?? "");
  const [others, setOthers] = useState(
    new Set(therapistIds.filter((id) => id !== primaryTherapistId)),
  );
  const save = useMutation(
    trpc.child.updateTherapists.mutationOptions({ onSuccess: () => router.refresh() }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({
      childId,
      primaryTherapistId: primary || null,
      therapistIds: [...others].filter((id) => id !== primary),
    });
  }

  function toggle(id: string, on: boolean) {
    const next = new Set(others);
    if (on) next.add(id);
    else next.delete(id);
    setOthers(next);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <SelectField
        label="Primary therapist"
        name="primaryTherapistId"
        value={primary}
        onChange={(e) => setPrimary(e.target.value)}
        options={[
          { value: "", label: "No primary therapist" },
          ...therapists.map((t) => ({ value: t.id, label: t.name })),
        ]}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">Also working with this child</legend>
        {therapists
          .filter((t) => t.id !== primary)
          .map((t) => (
            <CheckboxField
              key={t.id}
              label={t.name}
              checked={others.has(t.id)}
              onChange={(e) => toggle(t.id, e.target.checked)}
            />
          ))}
      </fieldset>
      <div className="flex items-center gap-4" aria-live="polite">
        <Button type="submit" busy={save.isPending}>
          Save therapists
        </Button>
        {save.isSuccess ? <span className="text-sm text-brand-700">Saved.</span> : null}
      </div>
      {save.error ? <Alert tone="error">{describeError(save.error).message}</Alert> : null}
    </form>
  );
}
