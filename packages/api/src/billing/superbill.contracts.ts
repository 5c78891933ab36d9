import { z } from "zod";

import { calendarDate } from "@carryover/domain/bounds";

export const SuperbillInput = z
  .object({
    childId: z.uuid("That child link is not valid"),
    from: calendarDate("Enter the first day, like 2026-11-01"),
    to: calendarDate("Enter the last day, like 2026-11-30"),
  })
  .refine((input) => input.from <= input.to, {
    message: "The first day must come before the last",
    path: ["to"],
  });
export type SuperbillInput = z.infer<typeof SuperbillInput>;

export const Superbill = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  clinic: z
    .object({
      legalName: z.string(),
      npi: z.string(),
      taxId: z.string(),
      address: z.string(),
      phone: z.string(),
    })
    .nullable(),
  child: z.object({ name: z.string(), dateOfBirth: z.iso.date() }),
  diagnoses: z.array(z.object({ code: z.string(), description: z.string() })),
  visits: z.array(
    z.object({
      serviceOn: z.iso.date(),
      placeOfService: z.string(),
      providerName: z.string(),
      providerNpi: z.string().nullable(),
      lines: z.array(
        z.object({
          code: z.string(),
          modifiers: z.array(z.string()),
          units: z.int(),
          cents: z.int(),
        }),
      ),
      totalCents: z.int(),
    }),
  ),
  chargedCents: z.int(),
  paidCents: z.int(),
});
export type Superbill = z.infer<typeof Superbill>;
