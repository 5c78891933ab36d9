"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";

import { UpdateClinicContactInput } from "@carryover/api/contracts/clinic";
import { Alert, Button, Card, TextField } from "@carryover/ui";

import { checkForm } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { ClinicLogoField } from "./clinic-logo-field.client";

type Errors = Partial<Record<"phone" | "address", string>>;

/** The clinic's phone and address: families see them in the lobby, on their home and in emails. */
export function ClinicContactSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const contact = useQuery(trpc.clinic.contact.queryOptions());
  const save = useMutation(trpc.clinic.updateContact.mutationOptions());
  const [draft, setDraft] = useState<{ phone: string; address: string } | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const addressId = useId();
  const current = draft ?? {
    phone: contact.data?.phone ?? "",
    address: contact.data?.address ?? "",
  };
  const edit = (change: Partial<typeof current>) => {
    setSaved(false);
    setDraft({ ...current, ...change });
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(UpdateClinicContactInput, current);
    if (!checked.ok) {
      setErrors(checked.fieldErrors);
      return;
    }
    setErrors({});
    save.mutate(current, {
      onSuccess: () => {
        setSaved(true);
        setDraft(null);
        void queryClient.invalidateQueries({ queryKey: trpc.clinic.contact.queryKey() });
      },
      onError: (error) => setErrors(describeError(error).fieldErrors as Errors),
    });
  }

  return (
    <Card
      title="How families reach you"
      description="Shown to families in the video lobby when something goes wrong, at the foot of their home page, and in reminder and cancellation emails."
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextField
          label="Clinic phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          placeholder="(555) 010-2000"
          value={current.phone}
          error={errors.phone}
          hint="Leave it empty to show no phone number."
          onChange={(e) => edit({ phone: e.target.value })}
        />
        <div className="flex flex-col gap-1.5">
          <label htmlFor={addressId} className="block font-medium text-stone-900">
            Clinic address
          </label>
          <textarea
            id={addressId}
            name="address"
            rows={3}
            autoComplete="street-address"
            value={current.address}
            aria-invalid={errors.address ? true : undefined}
            aria-describedby={`${addressId}-hint${errors.address ? ` ${addressId}-error` : ""}`}
            onChange={(e) => edit({ address: e.target.value })}
            className={`block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden ${errors.address ? "border-red-700" : "border-stone-500"}`}
          />
          <p id={`${addressId}-hint`} className="text-sm text-stone-600">
            Up to 4 lines, as on an envelope.
          </p>
          {errors.address ? (
            <p id={`${addressId}-error`} className="text-sm font-medium text-red-700">
              {errors.address}
            </p>
          ) : null}
        </div>
        <div aria-live="polite">
          {saved ? <Alert tone="success">Contact details saved.</Alert> : null}
        </div>
        <div>
          <Button
            type="submit"
            variant="secondary"
            busy={save.isPending}
            disabled={contact.isPending}
          >
            Save contact details
          </Button>
        </div>
      </form>
      <div className="mt-6 border-t border-stone-200 pt-6">
        <ClinicLogoField clinicName={contact.data?.name ?? "Your clinic"} />
      </div>
    </Card>
  );
}
