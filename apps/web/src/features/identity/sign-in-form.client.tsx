"use client";

import Link from "next/link";
import { useCallback, useRef, useState, type FormEvent } from "react";

import { Alert, Button, Card, TextField } from "@carryover/ui";

import { focusFirstInvalid } from "~/lib/form-errors";
import { shortRoleLabel } from "./labels";
import { PasskeyButton } from "./passkey-button.client";
import { SecondFactorStep } from "./second-factor-step.client";
import { checkSignIn, postPassword, type SecondStep, type SignInFailure } from "./sign-in";
import { SignInEnrolStep } from "./sign-in-enrol-step.client";

type DemoAccount = { email: string; name: string; role: string; clinic: string };

const DEMO_PASSWORD = "carryover-demo";

export function SignInForm({
  notice,
  initialEmail,
  demoAccounts,
}: {
  notice: string | null;
  initialEmail: string;
  demoAccounts: DemoAccount[];
}) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [next, setNext] = useState<SecondStep | null>(null);
  const startOver = useCallback((problem: string | null) => {
    setNext(null);
    setPassword("");
    setBusy(false);
    setFailure(problem ? { errors: {}, problem } : null);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSignIn(email, password);
    if (!checked.ok) {
      setFailure(checked.failure);
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    setFailure(null);
    const answer = await postPassword(checked.input);
    if (answer.kind === "session") return window.location.assign("/");
    if (answer.kind !== "refused") return setNext(answer);
    setFailure(answer.failure);
    setPassword("");
    setBusy(false);
    focusFirstInvalid(form.current);
  }

  function fillDemo(account: DemoAccount) {
    setEmail(account.email);
    setPassword(DEMO_PASSWORD);
    passwordRef.current?.focus();
  }

  if (next?.kind === "verify")
    return <SecondFactorStep methods={next.methods} onStartOver={startOver} />;
  if (next?.kind === "enrol") return <SignInEnrolStep onStartOver={startOver} />;

  return (
    <div className="flex flex-col gap-6">
      <Card title="Sign in" titleAs="h1">
        <form
          ref={form}
          onSubmit={(e) => void submit(e)}
          className="flex flex-col gap-4"
          noValidate
        >
          {notice ? <Alert tone="info">{notice}</Alert> : null}
          {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={failure?.errors.email}
          />
          <TextField
            ref={passwordRef}
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={failure?.errors.password}
          />
          <Button type="submit" size="lg" busy={busy}>
            Sign in
          </Button>
          <PasskeyButton
            afterPassword={false}
            disabled={busy}
            onProblem={(problem) => setFailure({ errors: {}, problem })}
          >
            Use a passkey instead of a password
          </PasskeyButton>
          <Link
            href="/reset-password"
            className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            Forgot your password?
          </Link>
        </form>
      </Card>
      {demoAccounts.length > 0 ? (
        <DemoAccounts accounts={demoAccounts} onChoose={fillDemo} />
      ) : null}
    </div>
  );
}

/** Demo accounts share one password; choosing one fills the form. */
function DemoAccounts({
  accounts,
  onChoose,
}: {
  accounts: DemoAccount[];
  onChoose: (account: DemoAccount) => void;
}) {
  return (
    <Card
      title="Demo accounts"
      description={`Every demo account uses the password “${DEMO_PASSWORD}”. Pick one to fill the form.`}
    >
      <ul className="flex flex-col divide-y divide-stone-200">
        {accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              onClick={() => onChoose(account)}
              className="flex min-h-11 w-full flex-col items-start rounded-md px-2 py-2 text-left hover:bg-stone-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
            >
              <span className="font-medium">
                {account.name}{" "}
                <span className="font-normal text-stone-600">· {shortRoleLabel(account.role)}</span>
              </span>
              <span className="text-sm text-stone-600">
                {account.email} — {account.clinic}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
