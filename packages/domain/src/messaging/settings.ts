import { z } from "zod";

import { storableText } from "../bounds";

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const Clock = z.string().regex(CLOCK, "Enter a time such as 08:00");

/** When someone answers messages: these ISO weekdays (1 = Monday … 7 = Sunday), from opens to closes. */
export const OfficeHours = z
  .object({
    weekdays: z.array(z.int().min(1).max(7)).max(7),
    opens: Clock,
    closes: Clock,
  })
  .refine((hours) => hours.opens < hours.closes, {
    message: "Closing time must be after opening time",
    path: ["closes"],
  });
export type OfficeHours = z.infer<typeof OfficeHours>;

export const DEFAULT_AUTO_REPLY =
  "Thanks for your message. Our office is closed right now; your care team will answer when it opens.";

/** A clinic's rules for messages with families (in `clinics.settings.messaging`). */
export const MessagingSettings = z.object({
  /** Whether a family may write first, or only answer a conversation the care team started. */
  familiesMayStart: z.boolean().default(true),
  officeHours: OfficeHours.default({ weekdays: [1, 2, 3, 4, 5], opens: "08:00", closes: "17:00" }),
  /** Sent, once in a while, to a family who writes outside office hours. */
  autoReply: storableText(1000).default(DEFAULT_AUTO_REPLY),
});
export type MessagingSettings = z.infer<typeof MessagingSettings>;
