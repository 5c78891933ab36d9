"use client";

import { useEffect, useState, type FormEvent } from "react";

import type { TotpEnrolment } from "@carryover/api/contracts/two-factor";
import { Alert, Button, Card, Spinner, TextField } from "@carryover/ui";

import { RecoveryCodes } from "./recovery-codes";
import {
  checkSecondFactor,
  postStep,
  stepFailureOf,
  UNREACHABLE,
  type StepFailure,
} from "./second-factor";
import { LinkButton } from "./second-factor-step.client";
import { TotpSetup } from "./totp-setup";

/** The clinic requires two-step sign-in of staff: the app is set up now, before the first page. */
export function SignInEnrolStep({
  onStartOver,
}: {
  onStartOver: (problem: string | null) => void;
}) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailure | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  useEffect(() => {
    postStep("/api/sign-in/enrol", {}).then(
      ({ ok, answer }) => {
        if (ok) setEnrolment(answer as unknown as TotpEnrolment);
        else onStartOver(stepFailureOf(answer).problem);
      },
      () => setFailure({ code: null, problem: UNREACHABLE }),
    );
  }, [onStartOver]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSecondFactor("totp", code, false);
    if (!checked.ok) return setFailure(checked.failure);
    setBusy(true);
    setFailure(null);
    try {
      const { ok, answer } = await postStep("/api/sign-in/second-factor", checked.input);
      if (ok) return setRecoveryCodes(answer.recoveryCodes ?? []);
      const refused = stepFailureOf(answer);
      if (refused.startOver) return onStartOver(refused.problem);
      setFailure(refused);
      setCode("");
    } catch {
      setFailure({ code: null, problem: UNREACHABLE });
    }
    setBusy(false);
  }

  if (recoveryCodes)
    return (
      <Card title="Two-step sign-in is on" titleAs="h1">
        <div className="flex flex-col gap-4">
          <RecoveryCodes codes={recoveryCodes} />
          <Button size="lg" onClick={() => window.location.assign("/")}>
            I've saved my codes, continue
          </Button>
        </div>
      </Card>
    );

  return (
    <Card
      title="Set up two-step sign-in"
      titleAs="h1"
      description="Your clinic asks staff to confirm each sign-in with a code from an authenticator app on their phone. It takes a minute."
    >
      <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4" noValidate>
        {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
        {enrolment ? <TotpSetup enrolment={enrolment} /> : <Spinner label="Preparing your code" />}
        <TextField
          label="Code from the app"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          hint="Enter the 6-digit code the app now shows for Carryover."
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={failure?.code ?? undefined}
        />
        <Button type="submit" size="lg" busy={busy} disabled={!enrolment}>
          Turn on and continue
        </Button>
        <LinkButton onClick={() => onStartOver(null)}>Start over</LinkButton>
      </form>
    </Card>
  );
}
