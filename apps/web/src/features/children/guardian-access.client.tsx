"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { CheckboxField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Guardian = {
  id: string;
  name: string;
  canEditProgram: boolean;
  canBook: boolean;
  canSeeBilling: boolean;
};
type Permissions = Partial<Pick<Guardian, "canEditProgram" | "canBook" | "canSeeBilling">>;

/** What this guardian may do for the child; each box saves at once. */
export function GuardianAccess({ childId, guardian }: { childId: string; guardian: Guardian }) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(
    trpc.child.updateGuardian.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const patch = (change: Permissions) =>
    update.mutate({ childId, guardianId: guardian.id, ...change });
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:gap-6">
      <CheckboxField
        label="Can edit the home program"
        checked={update.variables?.canEditProgram ?? guardian.canEditProgram}
        disabled={update.isPending}
        onChange={(e) => patch({ canEditProgram: e.target.checked })}
      />
      <CheckboxField
        label="Can book sessions"
        checked={update.variables?.canBook ?? guardian.canBook}
        disabled={update.isPending}
        onChange={(e) => patch({ canBook: e.target.checked })}
      />
      <CheckboxField
        label="Sees the bills and pays them"
        checked={update.variables?.canSeeBilling ?? guardian.canSeeBilling}
        disabled={update.isPending}
        onChange={(e) => patch({ canSeeBilling: e.target.checked })}
      />
      {update.error ? (
        <p className="text-sm font-medium text-red-700">{describeError(update.error).message}</p>
      ) : null}
    </div>
  );
}
