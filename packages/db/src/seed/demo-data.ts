import type { GuardianRelationship } from "@carryover/domain/children";
import type { Role } from "@carryover/domain/identity";

export const DEMO_PASSWORD = "carryover-demo";

type DemoHours = { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; start: string; end: string }[];
type DemoPerson = {
  email: string;
  name: string;
  role: Role;
  licenceStates?: string[];
  hours?: DemoHours;
};

const weekdays = (days: (1 | 2 | 3 | 4 | 5 | 6 | 7)[], ranges: [string, string][]): DemoHours =>
  days.flatMap((weekday) => ranges.map(([start, end]) => ({ weekday, start, end })));
type DemoChild = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  primaryTherapist: string;
  otherTherapists?: string[];
  guardians: { email: string; relationship: GuardianRelationship; canEditProgram?: boolean }[];
  /** The clinic is out of the family's plan's network: no coverage; they pay per visit and send superbills. */
  outOfNetwork?: boolean;
};
export type DemoClinic = {
  name: string;
  timeZone: string;
  phone: string;
  address: string;
  people: DemoPerson[];
  children: DemoChild[];
};

export const DEMO_CLINICS: DemoClinic[] = [
  {
    name: "Maple Grove Pediatric Therapy",
    timeZone: "America/Chicago",
    phone: "(555) 010-2000",
    address: "120 Elm Street, Suite 4\nSpringfield, IL 62701",
    people: [
      { email: "admin@maplegrove.test", name: "Dana Whitfield", role: "admin" },
      {
        email: "ot.rivera@maplegrove.test",
        name: "Alex Rivera",
        role: "therapist",
        licenceStates: ["IL", "WI"],
        hours: weekdays(
          [1, 2, 3, 4, 5],
          [
            ["08:00", "12:00"],
            ["13:00", "17:30"],
          ],
        ),
      },
      {
        email: "ot.chen@maplegrove.test",
        name: "Mei Chen",
        role: "therapist",
        licenceStates: ["IL", "IN"],
        hours: [
          ...weekdays([2, 3, 4], [["10:00", "18:00"]]),
          ...weekdays([6], [["09:00", "13:00"]]),
        ],
      },
      { email: "billing@maplegrove.test", name: "Rosa Delgado", role: "biller" },
      { email: "parent.johnson@maplegrove.test", name: "Jordan Johnson", role: "guardian" },
      { email: "parent.garcia@maplegrove.test", name: "Lucía Garcia", role: "guardian" },
      { email: "grandma.johnson@maplegrove.test", name: "Patricia Johnson", role: "guardian" },
    ],
    children: [
      {
        firstName: "Maya",
        lastName: "Johnson",
        dateOfBirth: "2019-04-12",
        primaryTherapist: "ot.rivera@maplegrove.test",
        guardians: [
          { email: "parent.johnson@maplegrove.test", relationship: "parent", canEditProgram: true },
          { email: "grandma.johnson@maplegrove.test", relationship: "grandparent" },
        ],
      },
      {
        firstName: "Eli",
        lastName: "Johnson",
        dateOfBirth: "2022-01-30",
        primaryTherapist: "ot.chen@maplegrove.test",
        guardians: [
          { email: "parent.johnson@maplegrove.test", relationship: "parent", canEditProgram: true },
        ],
      },
      {
        firstName: "Sofia",
        lastName: "Garcia",
        dateOfBirth: "2017-09-03",
        primaryTherapist: "ot.rivera@maplegrove.test",
        otherTherapists: ["ot.chen@maplegrove.test"],
        guardians: [
          { email: "parent.garcia@maplegrove.test", relationship: "mother", canEditProgram: true },
        ],
      },
    ],
  },
  {
    name: "Harbor Kids OT",
    timeZone: "America/Los_Angeles",
    phone: "(555) 010-3000",
    address: "88 Harbor Way\nSeaside, CA 93955",
    people: [
      { email: "admin@harborkids.test", name: "Sam Okafor", role: "admin" },
      {
        email: "ot.park@harborkids.test",
        name: "Jin Park",
        role: "therapist",
        licenceStates: ["CA", "OR"],
        hours: weekdays([1, 2, 3, 4], [["09:00", "16:00"]]),
      },
      { email: "parent.lee@harborkids.test", name: "Grace Lee", role: "guardian" },
    ],
    children: [
      {
        firstName: "Noah",
        lastName: "Lee",
        dateOfBirth: "2020-06-18",
        primaryTherapist: "ot.park@harborkids.test",
        guardians: [
          { email: "parent.lee@harborkids.test", relationship: "mother", canEditProgram: true },
        ],
      },
      {
        firstName: "Leo",
        lastName: "Lee",
        dateOfBirth: "2022-02-14",
        primaryTherapist: "ot.park@harborkids.test",
        guardians: [{ email: "parent.lee@harborkids.test", relationship: "mother" }],
        outOfNetwork: true,
      },
    ],
  },
];

export const DEMO_ACCOUNTS = DEMO_CLINICS.flatMap((clinic) =>
  clinic.people.map((p) => ({ email: p.email, name: p.name, role: p.role, clinic: clinic.name })),
);
