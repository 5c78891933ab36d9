"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type ChangeEvent } from "react";

import { logoRefusal, MAX_LOGO_BYTES } from "@carryover/domain/clinic";
import { Alert, ConfirmButton, Spinner } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** A file's bytes in base64, in slices so a large image does not overflow the call stack. */
function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The clinic's logo: shown to its own people in the app's header and on the family's home. */
export function ClinicLogoField({ clinicName }: { clinicName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const logo = useQuery(trpc.clinic.logo.queryOptions());
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const done = (words: string) => {
    setSaved(words);
    void queryClient.invalidateQueries({ queryKey: trpc.clinic.logo.queryKey() });
    // The header shows the logo on every page: fetch the layout again.
    router.refresh();
  };
  const upload = useMutation(
    trpc.clinic.setLogo.mutationOptions({
      onSuccess: () => done("Logo saved. Your clinic's people see it at the top of every page."),
      onError: (error) => setProblem(describeError(error).message),
    }),
  );
  const remove = useMutation(
    trpc.clinic.removeLogo.mutationOptions({ onSuccess: () => done("Logo removed.") }),
  );

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setSaved(null);
    setProblem(null);
    if (!file) return;
    // Too big is refused before reading it whole; the server checks everything again.
    if (file.size > MAX_LOGO_BYTES) {
      setProblem(
        `That image is ${Math.ceil(file.size / 1024)} kB. Choose one of at most ${MAX_LOGO_BYTES / 1024} kB.`,
      );
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const refusal = logoRefusal(bytes);
    if (refusal) {
      setProblem(refusal);
      return;
    }
    upload.mutate({ image: base64Of(bytes) });
    if (input.current) input.current.value = "";
  }

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className="font-medium text-stone-900">
        Clinic logo
      </h3>
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex h-20 w-40 items-center justify-center rounded-lg border border-stone-200 bg-white p-2">
          {logo.isPending ? (
            <Spinner label="Loading the logo" />
          ) : logo.data ? (
            <img
              src={logo.data.src}
              alt={clinicName}
              className="max-h-full max-w-full object-contain"
            />
          ) : (
            <span className="text-sm text-stone-600">No logo yet</span>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <label
            htmlFor={id}
            className="inline-flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-stone-900 shadow-sm hover:bg-stone-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600"
          >
            {upload.isPending ? "Uploading…" : logo.data ? "Replace logo" : "Upload logo"}
            <input
              ref={input}
              id={id}
              type="file"
              name="logo"
              accept="image/png,image/jpeg"
              aria-describedby={`${id}-hint`}
              disabled={upload.isPending}
              onChange={(event) => void choose(event)}
              className="sr-only"
            />
          </label>
          {logo.data ? (
            <ConfirmButton
              title="Remove the clinic's logo?"
              description="Your clinic's people see the Carryover mark again instead."
              confirmLabel="Remove logo"
              onConfirm={() => remove.mutateAsync().then(() => undefined)}
            >
              Remove logo
            </ConfirmButton>
          ) : null}
        </div>
      </div>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        A PNG or JPEG of at most {MAX_LOGO_BYTES / 1024} kB, ideally wide and short (for example 320
        × 80 pixels). Your clinic&apos;s staff and families see it at the top of every page.
      </p>
      <div aria-live="polite">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
    </section>
  );
}
