import { US_STATES, type UsState } from "@carryover/domain/clinic";

const NAMES: Record<UsState, string> = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
};

export const STATE_OPTIONS = [
  { value: "", label: "Choose a state" },
  ...US_STATES.map((state) => ({ value: state, label: NAMES[state] })),
];

export const isUsState = (value: string): value is UsState =>
  (US_STATES as readonly string[]).includes(value);

const key = (childId: string) => `carryover.child-location.${childId}`;

/** Where the child was for the last video session booked on this device, to offer it again. */
export function rememberedLocation(childId: string): UsState | "" {
  try {
    const value = window.localStorage.getItem(key(childId)) ?? "";
    return isUsState(value) ? value : "";
  } catch {
    return "";
  }
}

export function rememberLocation(childId: string, state: UsState): void {
  try {
    window.localStorage.setItem(key(childId), state);
  } catch {
    // Private browsing may refuse storage; the family then chooses the state again next time.
  }
}
