"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import type { TotpEnrolment } from "@carryover/api/contracts/two-factor";
import { Alert, Badge, Button, Card, TextField } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateInZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { PasskeysSection } from "./passkeys-section.client";
import { RecoveryCodes } from "./recovery-codes";
import { TotpSetup } from "./totp-setup";
import { TrustedDevices } from "./trusted-devices.client";

const DESCRIPTION =
  "After your password, Carryover asks for a code from an authenticator app on your phone, so a stolen password alone cannot open your account.";

/** Two-step sign-in on the account page: set up the app, see what is on, turn it off, trusted devices. */
export function TwoFactorCard({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const status = useQuery(trpc.twoFactor.get.queryOptions());
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (status.isPending)
    return (
      <Card title="Two-step sign-in" description={DESCRIPTION}>
        <ListSkeleton rows={2} label="Loading your sign-in settings…" />
      </Card>
    );
  if (status.isError)
    return (
      <Card title="Two-step sign-in" description={DESCRIPTION}>
        <QueryError
          error={status.error}
          what="your sign-in settings"
          onRetry={() => void status.refetch()}
        />
      </Card>
    );
  const factors = status.data;
  return (
    <Card title="Two-step sign-in" description={DESCRIPTION}>
      <div className="flex flex-col gap-5">
        {recoveryCodes ? (
          <div className="flex flex-col gap-3">
            <Alert tone="success">Two-step sign-in is on.</Alert>
            <RecoveryCodes codes={recoveryCodes} />
            <Button className="self-start" onClick={() => setRecoveryCodes(null)}>
              I've saved my codes
            </Button>
          </div>
        ) : factors.totp ? (
          <TotpOn
            since={factors.totpSince ? formatDateInZone(factors.totpSince, timeZone) : null}
            codesLeft={factors.recoveryCodesLeft}
            required={factors.required}
          />
        ) : (
          <TotpOff required={factors.required} onEnrolled={setRecoveryCodes} />
        )}
        <PasskeysSection passkeys={factors.passkeys} timeZone={timeZone} />
        <TrustedDevices devices={factors.devices} timeZone={timeZone} />
      </div>
    </Card>
  );
}

function TotpOn({
  since,
  codesLeft,
  required,
}: {
  since: string | null;
  codesLeft: number;
  required: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.twoFactor.removeTotp.mutationOptions());
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function turnOff(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await remove.mutateAsync({ code });
      await queryClient.invalidateQueries({ queryKey: trpc.twoFactor.get.queryKey() });
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="success">On</Badge>
        <span>
          Authenticator app{since ? `, set up on ${since}` : ""}. {codesLeft} recovery code
          {codesLeft === 1 ? "" : "s"} left.
        </span>
      </p>
      {required ? (
        <p className="text-sm text-stone-600">
          Your clinic requires two-step sign-in for staff. If you lose your phone, use a recovery
          code or ask your clinic's admin to reset it.
        </p>
      ) : (
        <form
          onSubmit={(e) => void turnOff(e)}
          className="flex flex-col gap-3 sm:max-w-sm"
          noValidate
        >
          <TextField
            label="Code from the app, to turn it off"
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={error ?? undefined}
          />
          <Button type="submit" variant="secondary" busy={remove.isPending} className="self-start">
            Turn off two-step sign-in
          </Button>
        </form>
      )}
    </div>
  );
}

function TotpOff({
  required,
  onEnrolled,
}: {
  required: boolean;
  onEnrolled: (codes: string[]) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const start = useMutation(trpc.twoFactor.startTotp.mutationOptions());
  const confirm = useMutation(trpc.twoFactor.confirmTotp.mutationOptions());
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function begin() {
    setError(null);
    try {
      setEnrolment(await start.mutateAsync());
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  async function finish(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const { recoveryCodes } = await confirm.mutateAsync({ code });
      onEnrolled(recoveryCodes);
      await queryClient.invalidateQueries({ queryKey: trpc.twoFactor.get.queryKey() });
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  if (!enrolment)
    return (
      <div className="flex flex-col gap-3">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="neutral">Off</Badge>
          <span>
            {required ? "Your clinic requires it for staff." : "Recommended for everyone."}
          </span>
        </p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button className="self-start" busy={start.isPending} onClick={() => void begin()}>
          Set up an authenticator app
        </Button>
      </div>
    );
  return (
    <form onSubmit={(e) => void finish(e)} className="flex flex-col gap-4" noValidate>
      <TotpSetup enrolment={enrolment} />
      <TextField
        label="Code from the app"
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        hint="Enter the 6-digit code the app now shows for Carryover."
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={error ?? undefined}
        className="sm:max-w-sm"
      />
      <Button type="submit" busy={confirm.isPending} className="self-start">
        Turn on two-step sign-in
      </Button>
    </form>
  );
}
