import type { z } from "zod";

import { JoinGroupInput } from "@carryover/api/contracts/group";
import type { UsState } from "@carryover/domain/clinic";

import { childLocationInput, childLocationProblem } from "~/features/scheduling/child-location";
import { describeCheck, placeOnForm } from "~/features/scheduling/field-errors";
import { checkForm } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";

/** What the join dialog shows: a message beside the state field, and one above the buttons. */
export type JoinMessages = { locationError: string | null; problem: string | null };

/**
 * A seat or waitlist place to ask for, checked with group.join's contract (waitlist.join takes
 * the same), or what the dialog says instead.
 */
export function joinRequest(chosen: {
  group: { id: string; modality: string };
  child: { id: string; firstName: string };
  location: UsState | "";
}): { ok: true; input: z.output<typeof JoinGroupInput> } | { ok: false; messages: JoinMessages } {
  const { group, child, location } = chosen;
  const video = group.modality === "telehealth";
  const locationError = childLocationProblem(video, location, child.firstName);
  if (locationError) return { ok: false, messages: { locationError, problem: null } };
  const checked = checkForm(JoinGroupInput, {
    appointmentId: group.id,
    childId: child.id,
    childLocationState: childLocationInput(video, location),
  });
  if (checked.ok) return { ok: true, input: checked.value };
  return { ok: false, messages: joinMessages(describeCheck(checked.fieldErrors)) };
}

/** A refusal (the server's, or the contract's before sending) where the dialog shows it. */
export function joinMessages(refused: DescribedError): JoinMessages {
  const { errors, problem } = placeOnForm(refused, (path) =>
    path === "childLocationState" ? path : null,
  );
  return { locationError: errors.childLocationState ?? null, problem };
}
