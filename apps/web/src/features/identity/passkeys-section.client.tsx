"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { RegisterPasskeyInput, type TwoFactorStatus } from "@carryover/api/contracts/two-factor";
import { Alert, Button, TextField } from "@carryover/ui";

import { checkForm } from "~/lib/form-errors";
import { formatDateInZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { createPasskey } from "./passkey.client";

const NOT_MADE = "No passkey was made. Try again, and follow your browser's prompts.";

/** Passkeys: a fingerprint, face or device PIN instead of a code, or instead of the password. */
export function PasskeysSection({
  passkeys,
  timeZone,
}: {
  passkeys: TwoFactorStatus["passkeys"];
  timeZone: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useMutation(trpc.twoFactor.passkeyOptions.mutationOptions());
  const register = useMutation(trpc.twoFactor.registerPasskey.mutationOptions());
  const remove = useMutation(trpc.twoFactor.removePasskey.mutationOptions());
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.twoFactor.get.queryKey() });

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setAdded(false);
    const named = checkForm(RegisterPasskeyInput.shape.name, name);
    if (!named.ok) return setError(Object.values(named.fieldErrors)[0] ?? null);
    try {
      const response = await createPasskey(await options.mutateAsync());
      if (!response) return setError(NOT_MADE);
      await register.mutateAsync({ name: named.value, response });
      setName("");
      setAdded(true);
      await refresh();
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  async function removeOne(passkeyId: string) {
    setError(null);
    try {
      await remove.mutateAsync({ passkeyId });
    } catch (failure) {
      setError(describeError(failure).message);
    }
    await refresh();
  }

  return (
    <section aria-labelledby="passkeys" className="flex flex-col gap-3">
      <h3 id="passkeys" className="font-semibold text-stone-900">
        Passkeys
      </h3>
      <p className="text-sm text-stone-600">
        Use your fingerprint, face or device PIN after your password, or instead of it with “Use a
        passkey instead of a password”.
      </p>
      {added ? <Alert tone="success">Passkey added.</Alert> : null}
      {passkeys.length > 0 ? (
        <ul className="flex flex-col divide-y divide-stone-200">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {passkey.name}
                <span className="block text-sm text-stone-600">
                  Added {formatDateInZone(passkey.createdAt, timeZone)}
                  {passkey.lastUsedAt
                    ? `, last used ${formatDateInZone(passkey.lastUsedAt, timeZone)}`
                    : ""}
                </span>
              </span>
              <Button
                variant="secondary"
                size="sm"
                aria-label={`Remove the passkey ${passkey.name}`}
                onClick={() => void removeOne(passkey.id)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={(e) => void add(e)} className="flex flex-col gap-3 sm:max-w-sm" noValidate>
        <TextField
          label="Name for a new passkey"
          name="passkeyName"
          hint="Such as “Work laptop” or “My phone”."
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error ?? undefined}
        />
        <Button
          type="submit"
          variant="secondary"
          busy={options.isPending || register.isPending}
          className="self-start"
        >
          Add a passkey
        </Button>
      </form>
    </section>
  );
}
