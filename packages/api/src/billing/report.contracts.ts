import { z } from "zod";

const Buckets = z.array(z.int());

export const AgingReport = z.object({
  /** The clinic's today (YYYY-MM-DD): what every age counts from. */
  asOf: z.iso.date(),
  buckets: z.array(z.string()),
  totals: z.object({ insurance: Buckets, family: Buckets, all: Buckets }),
  byPayer: z.array(
    z.object({ payerId: z.uuid(), payerName: z.string(), buckets: Buckets, total: z.int() }),
  ),
  byFamily: z.array(
    z.object({ childId: z.uuid(), childName: z.string(), buckets: Buckets, total: z.int() }),
  ),
});
export type AgingReport = z.infer<typeof AgingReport>;
