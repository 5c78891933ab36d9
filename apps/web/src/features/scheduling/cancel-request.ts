import type { z } from "zod";

import { CancelBookingInput, StaffCancelBookingInput } from "@carryover/api/contracts/booking";

import { checkForm } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";
import { describeCheck, placeOnForm } from "./field-errors";

/** What a cancel form shows: a message beside the reason, and one above the buttons. */
export type CancelMessages = { reasonError: string | null; problem: string | null };

/** booking.cancel's rule, asking for the reason in words for whoever cancels. */
const CONTRACTS = { family: CancelBookingInput, staff: StaffCancelBookingInput };

/** The cancellation to send, checked with booking.cancel's contract, or what the form says instead. */
export function cancelRequest(
  by: keyof typeof CONTRACTS,
  appointmentId: string,
  reason: string,
):
  | { ok: true; input: z.output<typeof CancelBookingInput> }
  | { ok: false; messages: CancelMessages } {
  const checked = checkForm(CONTRACTS[by], { appointmentId, reason });
  if (checked.ok) return { ok: true, input: checked.value };
  return { ok: false, messages: cancelMessages(describeCheck(checked.fieldErrors)) };
}

/** A refusal (the server's, or the contract's before sending) where the cancel form shows it. */
export function cancelMessages(refused: DescribedError): CancelMessages {
  const { errors, problem } = placeOnForm(refused, (path) => (path === "reason" ? path : null));
  return { reasonError: errors.reason ?? null, problem };
}
