import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type Booking = Outputs["booking"]["list"][number];
export type SessionTypeOption = Outputs["sessionType"]["list"][number];
export type TherapistOption = Outputs["therapist"]["list"][number];
export type Interval = { start: Date; end: Date };
export type ChildOption = { id: string; name: string };

/** One column of the time grid: a day of one therapist's week, or one therapist on one day. */
export type GridColumn = {
  key: string;
  heading: string;
  /** The column in words, for screen readers: "Tuesday, Dec 8" or "Alex Rivera". */
  label: string;
  /** The local date ("YYYY-MM-DD") the column shows. */
  date: string;
  isToday: boolean;
  therapistId: string;
  therapistName: string;
  /** The zone the therapist's hours are kept in: times are entered in it. */
  therapistTimeZone: string;
  available: Interval[];
  sessions: Booking[];
};
export type TherapistHours = Outputs["availability"]["get"];
