"use client";

import { useMutation } from "@tanstack/react-query";
import { describeError } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react.client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import {
  GUARDIAN_RELATIONSHIPS,
  RELATIONSHIP_LABELS,
  type GuardianRelationship,
} from "@carryover/domain/people";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

export function InviteGuardianForm({
  childId,
  childFirstName,
}: {
  childId: string;
  childFirstName: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [relationship, setRelationship] = useState<GuardianRelationship>("parent");
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: () => {
        setName("");
        setEmail("");
        router.refresh();
      },
    }),
  );
  const failure = invite.error ? describeError(invite.error) : null;
  const fieldError = (field: string) => (failure?.field === field ? failure.message : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.mutate({ role: "guardian", childId, name, email, relationship });
  }

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <TextField
        label="Their name"
        name="name"
        required
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError("name")}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError("email")}
      />
      <SelectField
        label={`Relationship to ${childFirstName}`}
        name="relationship"
        value={relationship}
        onChange={(e) => setRelationship(e.target.value as GuardianRelationship)}
        options={GUARDIAN_RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }))}
      />
      <div className="flex items-end">
        <Button type="submit" busy={invite.isPending}>
          Send invitation
        </Button>
      </div>
      <div className="sm:col-span-2" aria-live="polite">
        {failure && !failure.field ? <Alert tone="error">{failure.message}</Alert> : null}
        {invite.isSuccess ? (
          <Alert tone="success">Invitation sent. It expires in 7 days.</Alert>
        ) : null}
      </div>
    </form>
  );
}
