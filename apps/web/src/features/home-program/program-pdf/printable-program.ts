import type {
  ActivityContent,
  ActivityStatus,
  ActivityStructure,
} from "@carryover/domain/home-program";

export const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

export type PrintableActivity = {
  id: string;
  status: ActivityStatus;
  content: ActivityContent;
  structure: ActivityStructure;
};

/** What a printed program shows: the program as `program.get` returns it. */
export type PrintableProgram = {
  goals: readonly { familyWords: string }[];
  minutesPerDay: number;
  daysPerWeek: number;
  routineTimes: Readonly<Record<string, string>>;
  activities: readonly PrintableActivity[];
};
