"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";

import type { DiagnosisKind } from "@carryover/api/contracts/diagnosis";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

const KIND_OPTIONS = [
  { value: "treatment", label: "Treatment diagnosis" },
  { value: "medical", label: "Medical diagnosis" },
];

/** Find an ICD-10 code by words or code and add it to the chart. */
export function DiagnosisSearch({ childId }: { childId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<DiagnosisKind>("treatment");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const wanted = useDeferredValue(query.trim());
  const results = useQuery({
    ...trpc.diagnosis.search.queryOptions({ query: wanted, limit: 8 }),
    enabled: wanted.length >= 2,
  });
  const add = useMutation(trpc.diagnosis.add.mutationOptions());

  async function pick(code: string, description: string) {
    setMessage(null);
    try {
      await add.mutateAsync({ childId, kind, code });
      await queryClient.invalidateQueries({ queryKey: trpc.diagnosis.list.queryKey({ childId }) });
      setMessage({ tone: "success", text: `Added ${code} ${description}.` });
      setQuery("");
    } catch (error) {
      setMessage({ tone: "error", text: describeError(error).message });
    }
  }

  return (
    <section
      aria-labelledby="add-diagnosis"
      className="flex flex-col gap-3 border-t border-stone-200 pt-4"
    >
      <h3 id="add-diagnosis" className="font-semibold text-stone-900">
        Add a diagnosis
      </h3>
      <div aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Search ICD-10"
          name="diagnosis-query"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          hint="A word or a code, e.g. motor or F82."
          autoComplete="off"
        />
        <SelectField
          label="Add as"
          name="diagnosis-kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as DiagnosisKind)}
          options={KIND_OPTIONS}
        />
      </div>
      {wanted.length >= 2 ? (
        results.isPending ? (
          <p className="text-stone-600">Searching…</p>
        ) : results.isError ? (
          <Alert tone="error">{describeError(results.error).message}</Alert>
        ) : results.data.length === 0 ? (
          <p className="text-stone-600">No code matches “{wanted}”. Try another word.</p>
        ) : (
          <ul aria-label="Matching diagnoses" className="flex flex-col gap-1">
            {results.data.map((result) => (
              <li key={result.code}>
                <Button
                  variant="ghost"
                  className="w-full justify-start text-left"
                  disabled={add.isPending}
                  onClick={() => void pick(result.code, result.description)}
                >
                  <span className="font-mono font-semibold">{result.code}</span>
                  <span className="ml-2 font-normal text-stone-800">{result.description}</span>
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
