import type { z } from "zod";

import { RescheduleBookingInput } from "@carryover/api/contracts/booking";

import { checkForm } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";
import { describeCheck } from "./field-errors";

/** A move to send, checked with booking.reschedule's contract, or its refusal as the server's. */
export function rescheduleRequest(
  appointmentId: string,
  start: Date,
):
  | { ok: true; input: z.output<typeof RescheduleBookingInput> }
  | { ok: false; problem: DescribedError } {
  const checked = checkForm(RescheduleBookingInput, { appointmentId, start });
  return checked.ok
    ? { ok: true, input: checked.value }
    : { ok: false, problem: describeCheck(checked.fieldErrors) };
}
