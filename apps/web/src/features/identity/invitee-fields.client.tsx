"use client";

import { TextField } from "@carryover/ui";

/** The name and email an invitation goes to. */
export function InviteeFields({
  nameLabel,
  name,
  email,
  errors,
  onEdit,
}: {
  nameLabel: string;
  name: string;
  email: string;
  errors: { name?: string; email?: string };
  onEdit: (change: { name?: string; email?: string }) => void;
}) {
  return (
    <>
      <TextField
        label={nameLabel}
        name="name"
        autoComplete="off"
        required
        value={name}
        onChange={(event) => onEdit({ name: event.target.value })}
        error={errors.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => onEdit({ email: event.target.value })}
        error={errors.email}
      />
    </>
  );
}
