import { EmptyState } from "@carryover/ui";

/** What a family member sees before the clinic links a child to their account. */
export function NoChildrenYet() {
  return (
    <EmptyState
      title="No children linked to your account yet"
      description="Your clinic links your child to your account. If you expected to see your child here, please contact the clinic."
    />
  );
}
