"use client";

import { useQuery } from "@tanstack/react-query";

import { NavCountLabel } from "~/features/identity/nav-count-label";
import { useTRPC } from "~/trpc/react.client";

/** "Forms" in a family's navigation, with how many wait for their signature. */
export function FormsNavLabel({ label }: { label: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.form.outstanding.queryOptions());
  return <NavCountLabel label={label} count={data?.length ?? 0} what="to sign" />;
}
