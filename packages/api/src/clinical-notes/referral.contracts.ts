import { z } from "zod";

import { calendarDate, storableText } from "@carryover/domain/bounds";
import { ReferringPhysician } from "@carryover/domain/clinical-notes";
import { Email } from "@carryover/domain/identity";

export const ReferralKey = z.object({ childId: z.uuid("That child link is not valid") });
export type ReferralKey = z.infer<typeof ReferralKey>;

export const SetReferralInput = ReferralKey.extend({
  physician: ReferringPhysician.extend({ email: Email.optional() }),
  referredOn: calendarDate("Enter the referral date as YYYY-MM-DD").optional(),
  reason: storableText(2000, "Keep the reason under 2,000 characters").trim(),
});
export type SetReferralInput = z.infer<typeof SetReferralInput>;

export const Referral = z.object({
  physician: z.object({
    name: z.string(),
    npi: z.string(),
    phone: z.string().nullable(),
    fax: z.string().nullable(),
    email: z.string().nullable(),
  }),
  referredOn: z.string().nullable(),
  reason: z.string(),
  updatedAt: z.date(),
  updatedByName: z.string().nullable(),
});

export const ReferralAnswer = Referral.nullable();
