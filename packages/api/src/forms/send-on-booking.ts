import type { Queryable } from "@carryover/db";
import { findBookingFormFacts, listFormTemplatesByKey } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { formsToSendOnBooking } from "@carryover/domain/forms";

import { sendTemplates } from "./send-forms";

/** When a child's first evaluation is booked, the forms the clinic chose go to the family (the clinic as sender). */
export async function sendFormsOnBooking(
  q: Queryable,
  booked: {
    clinicId: string;
    childId: string;
    appointmentId: string;
    sessionKind: string;
    at: Date;
  },
) {
  if (booked.sessionKind !== "evaluation") return;
  const facts = await findBookingFormFacts(q, booked);
  if (!facts) return;
  const keys = formsToSendOnBooking({
    settings: parseClinicSettings(facts.settings).forms,
    sessionKind: booked.sessionKind,
    hadEvaluation: facts.hadEvaluation,
    sentKeys: facts.sentKeys,
  });
  const templates = await listFormTemplatesByKey(q, booked.clinicId, keys);
  await sendTemplates(q, booked, templates, { sentById: null, at: booked.at });
}
