"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import type { SessionType } from "@carryover/api/contracts/session-type";
import { Alert, Button, Card, Spinner } from "@carryover/ui";

import { hoursLabel } from "~/features/scheduling/cancellation-policy";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { noticeInWords, priceInWords } from "./session-type-draft";
import { SessionTypeEditor } from "./session-type-editor.client";

/** The clinic's session types, each editable by the admin; booked sessions keep what they had. */
export function SessionTypesSection() {
  const trpc = useTRPC();
  const types = useQuery(trpc.sessionType.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Card
      title="Session types"
      description="Changes apply to sessions booked from now on. Sessions already booked keep their time, length, places and cancellation window."
    >
      {saved ? (
        <Alert tone="success" className="mb-4">
          {saved}
        </Alert>
      ) : null}
      {types.isPending ? (
        <Spinner label="Loading session types…" />
      ) : types.isError ? (
        <Alert tone="error">{describeError(types.error).message}</Alert>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200" aria-label="Session types">
          {types.data.map((type) => (
            <li key={type.id} className="py-4 first:pt-0 last:pb-0">
              <SessionTypeRow
                type={type}
                editing={editing === type.id}
                onEdit={() => {
                  setSaved(null);
                  setEditing(type.id);
                }}
                onDone={(message) => {
                  setEditing(null);
                  setSaved(message);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function SessionTypeRow({
  type,
  editing,
  onEdit,
  onDone,
}: {
  type: SessionType;
  editing: boolean;
  onEdit: () => void;
  onDone: (message: string | null) => void;
}) {
  return (
    <div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h3 className="font-semibold text-stone-900">{type.name}</h3>
          <p className="text-sm text-stone-700">
            {type.durationMinutes} min · {priceInWords(type.priceCents)} ·{" "}
            {type.capacity === 1 ? "1 place" : `${type.capacity} places`} · book at least{" "}
            {noticeInWords(type.minimumNoticeMinutes)} ahead · free to cancel until{" "}
            {hoursLabel(type.cancellationWindowHours)} before
          </p>
        </div>
        {editing ? null : (
          <Button type="button" variant="secondary" size="sm" onClick={onEdit}>
            Edit<span className="sr-only"> {type.name}</span>
          </Button>
        )}
      </div>
      {editing ? <SessionTypeEditor sessionType={type} onDone={onDone} /> : null}
    </div>
  );
}
