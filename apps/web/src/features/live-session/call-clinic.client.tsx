"use client";

import { useQuery } from "@tanstack/react-query";

import { telHref } from "@carryover/domain/clinic";

import { useTRPC } from "~/trpc/react.client";

/** "Call Maple Grove at (555) 010-2000", dialled with one tap on a phone; the clinic's name alone without a phone. */
export function CallClinic({ lead = "If it keeps happening," }: { lead?: string }) {
  const trpc = useTRPC();
  const contact = useQuery(trpc.clinic.contact.queryOptions());
  const phone = contact.data?.phone;
  const name = contact.data?.name ?? "the clinic";
  return (
    <p className="mt-2">
      {lead}{" "}
      {phone ? (
        <>
          call {name} at{" "}
          <a
            href={telHref(phone)}
            className="inline-flex min-h-11 items-center font-semibold underline underline-offset-4"
          >
            {phone}
          </a>
          . Your session isn&apos;t lost.
        </>
      ) : (
        <>call {name}: your session isn&apos;t lost.</>
      )}
    </p>
  );
}
