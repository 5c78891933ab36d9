"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";

import { EraImportInput } from "@carryover/api/contracts/era";
import { Button, cn, textLinkClasses } from "@carryover/ui";

import { checkForm } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";

type Outcome = {
  key: string;
  fileName: string;
  tone: "posted" | "again" | "refused";
  text: string;
  remittanceId: string | null;
};

const TONES: Record<Outcome["tone"], string> = {
  posted: "border-green-200 bg-green-50 text-green-900",
  again: "border-stone-200 bg-stone-50 text-stone-800",
  refused: "border-red-200 bg-red-50 text-red-900",
};

type Imported = { remittanceId: string; alreadyImported: boolean } & Record<
  "posted" | "denied" | "unmatched",
  number
>;

/** What an import did, in one sentence: "remit.835: 12 claims posted, 1 denied, 2 not matched." */
function importedWords(fileName: string, result: Imported) {
  if (result.alreadyImported) return `${fileName} was imported before; nothing was posted again.`;
  const parts = [`${plural(result.posted, "claim")} posted`];
  if (result.denied > 0) parts.push(`${result.denied} denied`);
  if (result.unmatched > 0) parts.push(`${result.unmatched} not matched`);
  return `${fileName}: ${parts.join(", ")}.`;
}

/** A refusal names its file once, whether or not the server's message already does. */
const refusedWords = (fileName: string, message: string) =>
  message.startsWith(fileName) ? message : `${fileName}: ${message}`;

/**
 * Imports 835 files one after another, each read in the browser and checked with the server's own
 * contract, and says under the form what each one did.
 */
export function ImportRemittances() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const importOne = useMutation(trpc.era.import.mutationOptions());
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const run = useRef(0);
  const [progress, setProgress] = useState<{ at: number; of: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  async function outcomeOf(file: File, key: string): Promise<Outcome> {
    const fileName = file.name;
    const refused = (message: string): Outcome => ({
      key,
      fileName,
      tone: "refused",
      text: refusedWords(fileName, message),
      remittanceId: null,
    });
    const checked = checkForm(EraImportInput, { fileName, content: await file.text() });
    if (!checked.ok)
      return refused(Object.values(checked.fieldErrors)[0] ?? "This file cannot be imported.");
    try {
      const result = await importOne.mutateAsync(checked.value);
      return {
        key,
        fileName,
        tone: result.alreadyImported ? "again" : "posted",
        text: importedWords(fileName, result),
        remittanceId: result.remittanceId,
      };
    } catch (error) {
      return refused(describeError(error).message);
    }
  }

  async function importAll(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) {
      setProblem("Choose the 835 files to import.");
      return;
    }
    setProblem(null);
    setOutcomes([]);
    run.current += 1;
    let posted = false;
    for (const [index, file] of files.entries()) {
      setProgress({ at: index + 1, of: files.length });
      const outcome = await outcomeOf(file, `${run.current}-${index}`).catch((): Outcome => ({
        key: `${run.current}-${index}`,
        fileName: file.name,
        tone: "refused",
        text: `${file.name}: We couldn't read this file. Choose it again.`,
        remittanceId: null,
      }));
      posted ||= outcome.tone === "posted";
      setOutcomes((done) => [...done, outcome]);
    }
    setProgress(null);
    if (input.current) input.current.value = "";
    if (!posted) return;
    await Promise.all(
      [trpc.era.list, trpc.era.denials, trpc.claim.list].map((query) =>
        queryClient.invalidateQueries({ queryKey: query.pathKey() }),
      ),
    );
    router.refresh();
  }

  return (
    <form
      onSubmit={(event) => void importAll(event)}
      noValidate
      aria-label="Import 835 files"
      className="flex flex-col gap-4"
    >
      <div className="flex flex-col gap-1.5">
        <label htmlFor={id} className="font-medium text-stone-900">
          835 files
        </label>
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          The files your clearinghouse sends (.835, .txt, .edi or .x12), up to 1 MB each.
        </p>
        <input
          ref={input}
          id={id}
          type="file"
          name="remittances"
          accept=".835,.txt,.edi,.x12"
          multiple
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ""}`}
          aria-invalid={problem ? true : undefined}
          disabled={progress !== null}
          onChange={() => setProblem(null)}
          className="block w-full max-w-xl rounded-lg border border-stone-300 bg-white text-stone-900 file:mr-4 file:min-h-11 file:border-0 file:border-r file:border-stone-300 file:bg-stone-50 file:px-4 file:font-medium file:text-stone-900 hover:file:bg-stone-100 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
        />
        {problem ? (
          <p id={`${id}-problem`} role="alert" className="text-sm font-medium text-red-700">
            {problem}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" busy={progress !== null}>
          {progress ? `Importing ${progress.at} of ${progress.of}…` : "Import"}
        </Button>
      </div>
      <OutcomeList outcomes={outcomes} />
    </form>
  );
}

/** What each file of the last import did, announced as it comes. */
function OutcomeList({ outcomes }: { outcomes: Outcome[] }) {
  return (
    <div aria-live="polite">
      {outcomes.length > 0 ? (
        <ul className="flex flex-col gap-2" aria-label="What each file did">
          {outcomes.map((outcome) => (
            <li key={outcome.key} className={cn("rounded-lg border p-3", TONES[outcome.tone])}>
              {outcome.text}
              {outcome.remittanceId ? " " : null}
              {outcome.remittanceId ? (
                <Link
                  href={`/admin/billing/remittances/${outcome.remittanceId}`}
                  className={textLinkClasses}
                >
                  View<span className="sr-only"> {outcome.fileName}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
