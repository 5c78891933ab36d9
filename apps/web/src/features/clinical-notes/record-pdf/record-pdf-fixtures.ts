import type { Letterhead } from "./record-layout";

// What every printed note of these tests shares: a clinic, a child, goals and a signed note.
export const GOAL_A = "0b8f3f0e-1c1a-4c55-9a53-1e5f1a7f0a01";
export const GOAL_B = "0b8f3f0e-1c1a-4c55-9a53-1e5f1a7f0a02";
export const GUARDIAN = "5a2c1e0b-9d1f-4c55-9a53-1e5f1a7f0b01";
export const clock = { timeZone: "America/Chicago" };

export const letterhead: Letterhead = {
  clinic: {
    name: "Maple Grove Pediatric Therapy",
    address: "120 Elm Street\nSpringfield, IL 62701",
    phone: "(217) 555-0142",
    logo: null,
  },
  child: { name: "Maya Thompson", dateOfBirth: "2019-04-12" },
  diagnoses: [
    { kind: "treatment", code: "F82", description: "Developmental coordination disorder" },
    { kind: "medical", code: "P07.35", description: "Preterm newborn, gestational age 32 weeks" },
  ],
  physician: { name: "Dr. Alice Rivera", npi: "1234567893" },
};
export const goals = new Map([
  [GOAL_A, "Maya will button a shirt independently in 4 of 5 trials by March 1."],
  [GOAL_B, "Maya will put on her shoes with one verbal cue by April 1."],
]);

export const author = {
  id: "7d1a0c3e-2b4f-4c55-9a53-1e5f1a7f0c01",
  name: "Jordan Lee",
  credential: "ot" as const,
};
const signed = {
  state: "signed" as const,
  signature: {
    signedAt: new Date("2027-01-20T21:05:00Z"),
    signedByName: "Jordan Lee",
    attestation: "I attest that this note is accurate and complete.",
  },
};
export const base = {
  id: "9e0f7a1b-3c2d-4c55-9a53-1e5f1a7f0d01",
  childId: "9e0f7a1b-3c2d-4c55-9a53-1e5f1a7f0d02",
  appointmentId: null,
  serviceOn: "2027-01-20",
  visitEndedAt: null,
  version: 3,
  author,
  cosignature: null,
  addenda: [],
  missing: [],
  canEdit: false,
  canCosign: false,
  group: null,
  sentToFamilyAt: null,
  ...signed,
};
