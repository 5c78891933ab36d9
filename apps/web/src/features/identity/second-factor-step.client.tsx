"use client";

import { useState, type FormEvent } from "react";

import type { SecondFactorMethod } from "@carryover/api/contracts/account";
import { Alert, Button, Card, CheckboxField, TextField } from "@carryover/ui";

import { PasskeyButton } from "./passkey-button.client";
import {
  checkSecondFactor,
  postStep,
  stepFailureOf,
  UNREACHABLE,
  type SecondFactorMode,
  type StepFailure,
} from "./second-factor";

/** After the password: a code from the authenticator app, or a recovery code. */
export function SecondFactorStep({
  methods,
  onStartOver,
}: {
  methods: SecondFactorMethod[];
  onStartOver: (problem: string | null) => void;
}) {
  const [mode, setMode] = useState<SecondFactorMode>(
    methods.includes("totp") ? "totp" : "recovery",
  );
  const [code, setCode] = useState("");
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSecondFactor(mode, code, remember);
    if (!checked.ok) return setFailure(checked.failure);
    setBusy(true);
    setFailure(null);
    try {
      const { ok, answer } = await postStep("/api/sign-in/second-factor", checked.input);
      if (ok) return window.location.assign("/");
      const refused = stepFailureOf(answer);
      if (refused.startOver) return onStartOver(refused.problem);
      setFailure(refused);
      setCode("");
    } catch {
      setFailure({ code: null, problem: UNREACHABLE });
    }
    setBusy(false);
  }

  function switchTo(next: SecondFactorMode) {
    setMode(next);
    setCode("");
    setFailure(null);
  }

  const totp = mode === "totp";
  const hasCodes = methods.includes("totp") || methods.includes("recovery");
  return (
    <Card
      title="Check it's you"
      titleAs="h1"
      description={
        !hasCodes
          ? "Use your passkey to finish signing in."
          : totp
            ? "Enter the 6-digit code your authenticator app shows for Carryover."
            : "Enter one of the recovery codes you saved when you set up two-step sign-in. Each code works once."
      }
    >
      <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4" noValidate>
        {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
        {hasCodes ? (
          <>
            <TextField
              key={mode}
              label={totp ? "Authentication code" : "Recovery code"}
              name="code"
              autoComplete={totp ? "one-time-code" : "off"}
              inputMode={totp ? "numeric" : "text"}
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={failure?.code ?? undefined}
            />
            <CheckboxField
              label="Trust this device for 30 days"
              hint="Don't tick this on a shared or public computer."
              checked={remember}
              onChange={(e) => setRemember(e.target.checked)}
            />
            <Button type="submit" size="lg" busy={busy}>
              Verify
            </Button>
          </>
        ) : null}
        {methods.includes("passkey") ? (
          <PasskeyButton
            afterPassword
            disabled={busy}
            onProblem={(problem) => setFailure({ code: null, problem })}
          >
            Use your passkey
          </PasskeyButton>
        ) : null}
        <div className="flex flex-col items-start gap-2 text-sm">
          {totp && methods.includes("recovery") ? (
            <LinkButton onClick={() => switchTo("recovery")}>
              Use a recovery code instead
            </LinkButton>
          ) : null}
          {!totp && methods.includes("totp") ? (
            <LinkButton onClick={() => switchTo("totp")}>
              Use your authenticator app instead
            </LinkButton>
          ) : null}
          <LinkButton onClick={() => onStartOver(null)}>Start over</LinkButton>
        </div>
      </form>
    </Card>
  );
}

export function LinkButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="min-h-11 font-medium text-brand-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      {children}
    </button>
  );
}
